package io.sitrep.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.aggregate.Briefing;
import java.util.SortedMap;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;

class SparklineTest {

    private final Briefing briefing = Fixtures.crisis();
    private final SortedMap<String, ChartSpec> specs = new Sparkline(Fixtures.context(briefing)).plan(briefing);

    @Test
    void oneSparklinePerMentionedEntity() {
        assertThat(specs).hasSize(briefing.entities().size()).containsKeys("erdogan", "idlib", "nowhere");
        assertThat(specs.get("erdogan").id()).isEqualTo("mentions-erdogan");
        assertThat(specs.get("erdogan").kind()).isEqualTo(ChartKind.SPARKLINE);
        assertThat(specs.get("erdogan").width()).isEqualTo(Sparkline.WIDTH);
    }

    @Test
    void everyDayOfThePeriodIsAPointZerosIncluded() {
        XYPlot plot = specs.get("erdogan").draw().getXYPlot();
        assertThat(plot.getDataset(0).getItemCount(0)).isEqualTo(29);
        assertThat(plot.getDataset(0).getYValue(0, 0)).isZero();
        assertThat(plot.getDataset(1).getXValue(0, 0)).isEqualTo(25.0);
        assertThat(plot.getDomainAxis().isVisible()).isFalse();
    }

    @Test
    void textsStateThePeakAndTheTableOnlyDaysWithMentions() {
        ChartSpec spec = specs.get("erdogan");
        assertThat(spec.altText()).isEqualTo("Mentions of Recep Tayyip Erdoğan peaked on 26 Feb (9 of 24), across 5 of 29 days.");
        assertThat(spec.table().rows()).hasSize(5);
        assertThat(specs.get("nato").altText()).isEqualTo("The one mention of NATO is from 19 Feb.");
        assertThat(specs.get("sochi").altText()).isEqualTo("Both mentions of Sochi are from 19 Feb.");
        assertThat(spec.sources()).contains("Al-Monitor", "Reuters");
    }

    @Test
    void noPeriodNoSparklines() {
        Briefing empty = Fixtures.empty();
        assertThat(new Sparkline(Fixtures.context(empty)).plan(empty)).isEmpty();
    }
}
