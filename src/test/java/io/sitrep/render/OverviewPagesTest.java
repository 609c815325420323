package io.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverviewPagesTest {

    @TempDir
    Path dir;

    @Test
    void periodIsWrittenAsShortAsItCanBe() {
        assertThat(OverviewPages.period(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29))).isEqualTo("1–29 February 2020");
        assertThat(OverviewPages.period(LocalDate.of(2020, 1, 28), LocalDate.of(2020, 2, 3)))
                .isEqualTo("28 January – 3 February 2020");
        assertThat(OverviewPages.period(LocalDate.of(2019, 12, 30), LocalDate.of(2020, 1, 2)))
                .isEqualTo("30 December 2019 – 2 January 2020");
        assertThat(OverviewPages.period(LocalDate.of(2020, 2, 5), LocalDate.of(2020, 2, 5))).isEqualTo("5 February 2020");
        assertThat(OverviewPages.period(null, null)).isEmpty();
    }

    @Test
    void the404PageUsesTheSitesPathBecauseItIsServedAtAnyDepth() {
        assertThat(OverviewPages.rootPath("https://example.org/idlib-2020")).isEqualTo("/idlib-2020/");
        assertThat(OverviewPages.rootPath("https://example.org")).isEqualTo("/");
        assertThat(OverviewPages.rootPath("")).isEmpty();
    }

    @Test
    void overviewListsSeriesHeadlinesActorsSourcesAndTags() {
        var index = new SiteIndex(Fixture.briefing(dir));
        var page = new OverviewPages(index).overview(ChartSet.none());
        assertThat(page.keyFigures()).extracting(h -> h.label() + "=" + h.value())
                .containsExactly("Turkey: killed=8", "Civilians: displaced=more than 800,000");
        assertThat(page.keyFigures().get(0).conflicting()).isTrue();
        assertThat(page.actors()).extracting(r -> r.name()).first().isEqualTo("Turkey");
        assertThat(page.sources()).extracting(r -> r.path()).containsExactly("sources/wire-one.html", "sources/wire-two.html");
        assertThat(page.tags()).extracting(r -> r.name() + ":" + r.count()).containsExactly("idlib:1", "turkey:2");
        assertThat(page.changes()).isEmpty();
    }

    @Test
    void headlinesSayLargeNumbersInWordsAndKeepVagueOnesVague() {
        assertThat(OverviewPages.compact(new java.math.BigDecimal("3000000000"))).isEqualTo("3 billion");
        assertThat(OverviewPages.compact(new java.math.BigDecimal("3500000"))).isEqualTo("3.5 million");
        assertThat(OverviewPages.compact(new java.math.BigDecimal("900000"))).isEqualTo("900,000");
        var vague = new io.sitrep.analysis.Figure(io.sitrep.analysis.Measure.WOUNDED, null, null, null,
                io.sitrep.analysis.Qualifier.VAGUE, java.math.BigDecimal.valueOf(1000), "civilians", "civilians",
                java.time.LocalDate.parse("2020-02-05"), 0, 0, 9, "thousands");
        assertThat(OverviewPages.headlineValue(vague)).isEqualTo("thousands");
    }
}
