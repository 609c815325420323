package io.sitrep.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.aggregate.Briefing;
import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class PlacesChartTest {

    private final Briefing briefing = Fixtures.crisis();
    private final ChartSpec spec = new PlacesChart(Fixtures.context(briefing)).plan(briefing).get(0);

    @Test
    void showsOnlyPlacesWithCoordinatesMostMentionedFirst() {
        XYPlot plot = spec.draw().getXYPlot();
        assertThat(plot.getDataset().getItemCount(0)).isEqualTo(7);
        assertThat(plot.getDataset().getXValue(0, 0)).isEqualTo(36.63);
        assertThat(plot.getDataset().getYValue(0, 0)).isEqualTo(35.93);
        assertThat(spec.table().rows()).extracting(row -> row.get(0))
                .containsExactly("Idlib", "Saraqib", "Ankara", "Aleppo", "Maarat al-Numan", "Sochi", "Afrin");
        assertThat(spec.caption()).contains("1 mentioned place has no coordinates and is not shown.");
    }

    @Test
    void axesAreLabelledInDegreesAndHoldEveryPlace() {
        XYPlot plot = spec.draw().getXYPlot();
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("Longitude (degrees east)");
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Latitude (degrees north)");
        assertThat(plot.getDomainAxis().getRange().contains(32.86)).isTrue();
        assertThat(plot.getRangeAxis().getRange().contains(43.60)).isTrue();
        assertThat(plot.getAnnotations()).hasSize(1);
    }

    @Test
    void altTextNamesTheMostMentionedAndTheExtent() {
        assertThat(spec.altText()).startsWith("Idlib was mentioned most often (29 times), followed by Saraqib (4) and "
                + "Ankara (3).").contains("from Ankara in the west to Sochi in the east");
    }

    @Test
    void circleAreaGrowsWithMentions() {
        assertThat(PlacesChart.radius(1, 100)).isLessThan(PlacesChart.radius(50, 100));
        assertThat(PlacesChart.radius(100, 100)).isEqualTo(12.0);
    }

    @Test
    void noLocatedPlaceNoChart() {
        Briefing none = Fixtures.with(briefing, briefing.series(), briefing.entities().stream()
                .filter(stats -> stats.entity().lat() == null).toList(), briefing.articles());
        assertThat(new PlacesChart(Fixtures.context(none)).plan(none)).isEmpty();
        Briefing empty = Fixtures.with(briefing, List.of(), List.of(), List.of());
        assertThat(new PlacesChart(Fixtures.context(empty)).plan(empty)).isEmpty();
    }
}
