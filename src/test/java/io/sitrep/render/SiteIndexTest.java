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
}
