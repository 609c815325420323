package io.sitrep.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChartKindTest {

    @Test
    void idsAreKebabCase() {
        assertThat(ChartKind.FIGURE_SERIES.id()).isEqualTo("figure-series");
        assertThat(ChartKind.CO_MENTIONS.id()).isEqualTo("co-mentions");
    }
}
