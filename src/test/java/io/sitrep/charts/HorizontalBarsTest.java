package io.sitrep.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.junit.jupiter.api.Test;

class HorizontalBarsTest {

    private final HorizontalBars.Model model = new HorizontalBars.Model("Title", "", "Count (n)",
            List.of("A", "B"), List.of("Dark", "Light"), List.of(List.of(3, 0), List.of(2, 4)), "note");

    @Test
    void drawsRankedHorizontalBarsWithTheTotalAtTheEnd() {
        JFreeChart chart = HorizontalBars.draw(Fixtures.STYLE, model);
        CategoryPlot plot = chart.getCategoryPlot();
        assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
        var labels = plot.getRenderer().getDefaultItemLabelGenerator();
        assertThat(labels.generateLabel(plot.getDataset(), 0, 0)).isNull();
        assertThat(labels.generateLabel(plot.getDataset(), 1, 0)).isEqualTo("5");
        assertThat(labels.generateLabel(plot.getDataset(), 0, 1)).isNull();
        assertThat(labels.generateLabel(plot.getDataset(), 1, 1)).isEqualTo("4");
        assertThat(chart.getLegend()).isNotNull();
    }

    @Test
    void oneToneNeedsNoLegend() {
        HorizontalBars.Model single = new HorizontalBars.Model("T", "", "n", List.of("A"), List.of("Only"),
                List.of(List.of(1)), "");
        assertThat(HorizontalBars.draw(Fixtures.STYLE, single).getLegend()).isNull();
    }

    @Test
    void duplicateNamesAreNumbered() {
        assertThat(HorizontalBars.unique(List.of("Ali", "Ali", "Bo", "Ali"))).containsExactly("Ali", "Ali (2)", "Bo",
                "Ali (3)");
    }

    @Test
    void heightGrowsPerBar() {
        assertThat(HorizontalBars.height(10) - HorizontalBars.height(9)).isEqualTo(24);
        assertThat(HorizontalBars.height(0)).isEqualTo(HorizontalBars.height(1));
    }
}
