package io.sitrep.charts;

import static io.sitrep.charts.Fixtures.feb;
import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.aggregate.Briefing;
import java.util.List;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

class DisplacementChartTest {

    private final Briefing briefing = Fixtures.crisis();
    private final List<ChartSpec> specs = new DisplacementChart(Fixtures.context(briefing)).plan(briefing);

    @Test
    void drawsDisplacedAndRefugeeSeriesInOneChart() {
        assertThat(specs).hasSize(1);
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) specs.get(0).draw().getXYPlot().getDataset();
        assertThat(data.getSeriesCount()).isEqualTo(2);
        assertThat(data.getSeriesKey(0)).isEqualTo("People displaced");
        assertThat(data.getSeriesKey(1)).isEqualTo("Syrian refugees in Turkey");
    }

    @Test
    void theBandSpansTheReportsOfADate() {
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) specs.get(0).draw().getXYPlot().getDataset();
        int feb14 = 2;
        assertThat(data.getXValue(0, feb14)).isEqualTo((double) Formats.millis(feb(14)));
        assertThat(data.getYValue(0, feb14)).isEqualTo(700_000.0);
        assertThat(data.getStartYValue(0, feb14)).isEqualTo(700_000.0);
        assertThat(data.getEndYValue(0, feb14)).isEqualTo(800_000.0);
    }

    @Test
    void altTextGivesEachSeriesTrend() {
        assertThat(specs.get(0).altText())
                .startsWith("People displaced: reports rose from 400,000 on 5 Feb (Al-Monitor) to 900,000 on 19 Feb (Rudaw).")
                .contains("Syrian refugees in Turkey: reports rose from 3,500,000");
        assertThat(specs.get(0).table().rows()).hasSize(6);
    }

    @Test
    void noDisplacementSeriesNoChart() {
        Briefing killedOnly = Fixtures.with(briefing, List.of(Fixtures.killed()), briefing.entities(),
                briefing.articles());
        assertThat(new DisplacementChart(Fixtures.context(killedOnly)).plan(killedOnly)).isEmpty();
    }
}
