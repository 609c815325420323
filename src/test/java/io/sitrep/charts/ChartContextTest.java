package io.sitrep.charts;

import static io.sitrep.charts.Fixtures.feb;
import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.aggregate.Briefing;
import io.sitrep.aggregate.Coverage;
import io.sitrep.analysis.Dictionary;
import io.sitrep.content.BriefingConfig;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ChartContextTest {

    @Test
    void outletsAreSortedCaseInsensitivelyAndKeepTheirStyleIndex() {
        ChartContext context = Fixtures.context(Fixtures.crisis());
        assertThat(context.sources())
                .containsExactly("Al-Monitor", "Daily Sabah", "Hürriyet Daily News", "Reuters", "Rudaw");
        assertThat(context.sourceStyle("Reuters")).isEqualTo(3);
    }

    @Test
    void periodComesFromTheBriefingAndAsOfFromTheNewestArticle() {
        ChartContext context = Fixtures.context(Fixtures.crisis());
        assertThat(context.from()).isEqualTo(feb(1));
        assertThat(context.to()).isEqualTo(feb(29));
        assertThat(context.asOf()).isEqualTo(feb(26));
    }

    @Test
    void periodFallsBackToTheArticles() {
        var articles = List.of(Fixtures.analyzed("b", feb(9), "X"), Fixtures.analyzed("a", feb(3), "Y"));
        Briefing briefing = new Briefing(BriefingConfig.defaults(), Dictionary.empty(), articles, List.of(), List.of(),
                new Coverage(new TreeMap<>()), null, null);
        ChartContext context = Fixtures.context(briefing);
        assertThat(context.from()).isEqualTo(feb(3));
        assertThat(context.to()).isEqualTo(feb(9));
        assertThat(context.hasPeriod()).isTrue();
    }

    @Test
    void anEmptyBriefingHasNoPeriod() {
        ChartContext context = Fixtures.context(Fixtures.empty());
        assertThat(context.hasPeriod()).isFalse();
        assertThat(context.sources()).isEmpty();
    }

    @Test
    void notesAndCaptionEndsNameOutletsAndDate() {
        assertThat(ChartContext.note(List.of("A", "B"), feb(5))).isEqualTo("Sources: A and B · as of 5 Feb 2020");
        assertThat(ChartContext.note(List.of("A"), null)).isEqualTo("Source: A");
        assertThat(ChartContext.captionEnd(List.of("A", "B", "C"), feb(5)))
                .isEqualTo(" As of 5 Feb 2020. Sources: A, B and C.");
    }

    @Test
    void outletsSortAlphabeticallyIgnoringCaseThenByCase() {
        List<String> sorted = new java.util.ArrayList<>(List.of("bbc", "Al-Monitor", "AFP", "BBC", "al Jazeera", "Éclair",
                "Anadolu"));
        sorted.sort(ChartContext.SOURCE_ORDER);
        assertThat(sorted).containsExactly("AFP", "al Jazeera", "Al-Monitor", "Anadolu", "BBC", "bbc", "Éclair");
    }

    /** The character loop orders as lower-casing whole names does, non-ASCII letters included. */
    @Test
    void outletOrderAgreesWithLowerCasingWholeNames() {
        java.util.Comparator<String> defined = java.util.Comparator
                .comparing((String s) -> s.toLowerCase(java.util.Locale.ROOT)).thenComparing(s -> s);
        String alphabet = "aAbB zZ-_[`@İiIıßSsΣσςÉé";
        java.util.Random random = new java.util.Random(11);
        for (int n = 0; n < 50_000; n++) {
            String a = word(random, alphabet);
            String b = random.nextInt(4) == 0 ? a.toUpperCase(java.util.Locale.ROOT) : word(random, alphabet);
            assertThat(Integer.signum(ChartContext.SOURCE_ORDER.compare(a, b)))
                    .as(a + " vs " + b).isEqualTo(Integer.signum(defined.compare(a, b)));
        }
    }

    private static String word(java.util.Random random, String alphabet) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(6); i > 0; i--) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }
}
