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
    void aFarAwayPlaceIsLeftOutAndNamedInTheCaption() {
        var washington = Fixtures.entity("washington", "Washington", io.sitrep.analysis.EntityType.PLACE, 38.9, -77.0);
        var stats = new java.util.ArrayList<>(briefing.entities());
        stats.add(Fixtures.stats(washington, Fixtures.days(19, 3), java.util.Map.of(), 0, "a6"));
        Briefing wider = Fixtures.with(briefing, briefing.series(), stats, briefing.articles());
        ChartSpec far = new PlacesChart(Fixtures.context(wider)).plan(wider).get(0);
        assertThat(far.caption()).endsWith("Too far from the others to show: Washington.");
        assertThat(far.table().rows()).extracting(row -> row.get(0)).doesNotContain("Washington");
        assertThat(far.draw().getXYPlot().getDomainAxis().getLowerBound()).isGreaterThan(0);
    }

    @Test
    void theRegionGrowsFromTheMostMentionedPlaceNearestFirst() {
        var idlib = new PlacesChart.Place("Idlib", 35.9, 36.6, 30);
        var moscow = new PlacesChart.Place("Moscow", 55.8, 37.6, 5);
        var damascus = new PlacesChart.Place("Damascus", 33.5, 36.3, 4);
        var sydney = new PlacesChart.Place("Sydney", -33.9, 151.2, 3);
        assertThat(PlacesChart.region(List.of(idlib, moscow, damascus, sydney)))
                .containsExactly(idlib, moscow, damascus);
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
