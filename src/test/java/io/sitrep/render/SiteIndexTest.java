package io.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteIndexTest {

    @TempDir
    Path dir;

    @Test
    void numbersAreGroupedAndRangesJoined() {
        assertThat(SiteIndex.number(new BigDecimal("800000"))).isEqualTo("800,000");
        assertThat(SiteIndex.number(new BigDecimal("3.6"))).isEqualTo("3.6");
        assertThat(SiteIndex.value(null, new BigDecimal("30"), new BigDecimal("40"))).isEqualTo("30–40");
        assertThat(SiteIndex.value(null, null, null)).isEqualTo("vague");
    }

    @Test
    void sourceAndTagPagesHaveStableSlugs() {
        SiteIndex index = new SiteIndex(Fixture.briefing(dir));
        assertThat(index.sourcePaths()).containsEntry("Wire One", "sources/wire-one.html")
                .containsEntry("Wire Two", "sources/wire-two.html");
        assertThat(index.tagPaths()).containsEntry("idlib", "tags/idlib.html");
        assertThat(index.seriesOf(index.briefing().articles().get(0).analysis().figures().get(0)))
                .isEqualTo("killed-turkey");
    }

    @Test
    void aFigureHasItsSeriesWhetherItIsTheBriefingsInstanceOrAnEqualCopy() {
        SiteIndex index = new SiteIndex(Fixture.briefing(dir));
        var f = index.briefing().articles().get(0).analysis().figures().get(0);
        var copy = new io.sitrep.analysis.Figure(f.measure(), f.value(), f.low(), f.high(), f.qualifier(),
                f.conservative(), f.group(), f.actor(), f.date(), f.sentence(), f.start(), f.end(),
                new String(f.surface()));
        var other = new io.sitrep.analysis.Figure(f.measure(), f.value(), f.low(), f.high(), f.qualifier(),
                f.conservative(), f.group(), f.actor(), f.date(), f.sentence(), f.start() + 1000, f.end(),
                f.surface());

        assertThat(copy).isNotSameAs(f).isEqualTo(f);
        assertThat(index.seriesOf(copy)).isEqualTo(index.seriesOf(f)).isEqualTo("killed-turkey");
        assertThat(index.seriesOf(other)).as("in no series").isNull();
        assertThat(index.seriesOf(null)).isNull();
    }

    @Test
    void anArticlesReferenceIsMadeOnceAndAnEqualCopyGetsAnEqualOne() {
        SiteIndex index = new SiteIndex(Fixture.briefing(dir));
        var a = index.briefing().articles().get(1);
        var ref = index.ref(a);
        assertThat(ref.path()).isEqualTo(a.article().pagePath());
        assertThat(ref.sourcePath()).isEqualTo(index.sourcePaths().get(a.article().meta().source()));
        assertThat(index.ref(a)).isSameAs(ref);
        var copy = new io.sitrep.aggregate.AnalyzedArticle(a.article(), a.analysis()); // not one of the briefing's
        assertThat(index.ref(copy)).isNotSameAs(ref).isEqualTo(ref);
        assertThat(index.ref(index.briefing().articles().get(0))).isNotEqualTo(ref);
    }

    /** Whole numbers are grouped by hand; every number reads as DecimalFormat("#,##0.##########") gives it. */
    @Test
    void numbersReadAsTheDecimalFormatGivesThem() {
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.##########",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH));
        java.util.Random random = new java.util.Random(5);
        java.util.List<BigDecimal> values = new java.util.ArrayList<>(java.util.List.of(BigDecimal.ZERO,
                new BigDecimal("0.000"), new BigDecimal("1E+3"), new BigDecimal("900000.0"), new BigDecimal("-1234"),
                new BigDecimal("3.6"), new BigDecimal("999999999999999999"), new BigDecimal("1000000000000000000"),
                new BigDecimal("-9223372036854775808"), new BigDecimal("12345678901234567890123"),
                new BigDecimal("0.00000000001"), new BigDecimal("-0.00000000001"), new BigDecimal("2.50000000005")));
        for (int i = 0; i < 20_000; i++) {
            values.add(BigDecimal.valueOf(random.nextLong() >> random.nextInt(64), random.nextInt(16) - 6));
        }
        for (BigDecimal v : values) {
            assertThat(SiteIndex.number(v)).as(v.toString()).isEqualTo(format.format(v));
        }
    }
}
