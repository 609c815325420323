package io.sitrep.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartTest {

    private static Chart chart(byte[] png) {
        return new Chart("coverage", ChartKind.COVERAGE, 2, "T", "Figure 2. C.", "Alt.", LocalDate.of(2020, 2, 5),
                List.of("A"), DataTable.builder().text("a", "A").row("x").build(), "a\nx\n", "{}", "<svg/>", png,
                480, 300, "f".repeat(64));
    }

    @Test
    void namesItsFilesUnderCharts() {
        Chart chart = chart(new byte[] {1});
        assertThat(chart.svgPath()).isEqualTo("charts/coverage.svg");
        assertThat(chart.pngPath()).isEqualTo("charts/coverage.png");
        assertThat(chart.csvPath()).isEqualTo("charts/coverage.csv");
        assertThat(chart.jsonPath()).isEqualTo("charts/coverage.json");
        assertThat(chart.pngWidth()).isEqualTo(960);
        assertThat(chart.pngHeight()).isEqualTo(600);
    }

    @Test
    void thePngCannotBeChangedFromOutside() {
        byte[] png = {1, 2};
        Chart chart = chart(png);
        png[0] = 9;
        chart.png()[1] = 9;
        assertThat(chart.png()).containsExactly(1, 2);
    }

    @Test
    void equalityComparesPngContent() {
        assertThat(chart(new byte[] {1})).isEqualTo(chart(new byte[] {1})).isNotEqualTo(chart(new byte[] {2}));
        assertThat(chart(new byte[] {1})).hasSameHashCodeAs(chart(new byte[] {1}));
    }
}
