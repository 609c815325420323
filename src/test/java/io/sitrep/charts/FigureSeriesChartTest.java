package io.sitrep.charts;

import static io.sitrep.charts.Fixtures.feb;
import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.aggregate.Briefing;
import io.sitrep.aggregate.FigureSeries;
import io.sitrep.analysis.Measure;
import io.sitrep.analysis.Qualifier;
import java.util.List;
import java.util.TreeMap;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

class FigureSeriesChartTest {

    private final Briefing briefing = Fixtures.crisis();
    private final List<ChartSpec> specs = new FigureSeriesChart(Fixtures.context(briefing)).plan(briefing);

    @Test
    void drawsOneChartPerSeriesWithAHeadline() {
        assertThat(specs).extracting(ChartSpec::id)
                .containsExactly("figures-killed-turkey", "figures-displaced-civilians", "figures-refugees-syria");
        assertThat(specs).allMatch(spec -> spec.kind() == ChartKind.FIGURE_SERIES);
    }

    @Test
    void eachOutletIsASeriesOfMarksAtTheDatesItReports() {
        XYPlot plot = specs.get(0).draw().getXYPlot();
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) plot.getDataset();
        assertThat(data.getSeriesCount()).isEqualTo(5);
        assertThat(data.getSeriesKey(0)).isEqualTo("Al-Monitor");
        assertThat(data.getSeries(0).getItemCount()).isEqualTo(2);
        assertThat(data.getXValue(0, 0)).isEqualTo((double) Formats.millis(feb(3)));
        assertThat(data.getYValue(0, 0)).isEqualTo(8.0);
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Killed (people)");
        assertThat(plot.getDomainAxis().getLabel()).isEqualTo("Date reported (2020)");
    }

    @Test
    void theHeadlineIsADashedLineWithItsValue() {
        XYPlot plot = specs.get(0).draw().getXYPlot();
        ValueMarker marker = (ValueMarker) plot.getRangeMarkers(org.jfree.chart.ui.Layer.BACKGROUND).iterator().next();
        assertThat(marker.getValue()).isEqualTo(16.0);
        assertThat(marker.getLabel()).isEqualTo("Headline: 16 (as of 26 Feb)");
    }

    @Test
    void rangesBecomeErrorBars() {
        YIntervalSeriesCollection data = (YIntervalSeriesCollection) specs.get(1).draw().getXYPlot().getDataset();
        int reuters = data.indexOf("Reuters");
        assertThat(data.getStartYValue(reuters, 0)).isEqualTo(700_000.0);
        assertThat(data.getEndYValue(reuters, 0)).isEqualTo(800_000.0);
    }

    @Test
    void textsStateTheTakeawayDateAndSources() {
        ChartSpec killed = specs.get(0);
        assertThat(killed.title()).isEqualTo("Turkish personnel killed");
        assertThat(killed.altText())
                .isEqualTo("Turkish personnel killed: reports rose from 8 on 3 Feb (Al-Monitor) to 16 on 26 Feb "
                        + "(Reuters). The latest reports range from 16 to 17.");
        assertThat(killed.asOf()).isEqualTo(feb(26));
        assertThat(killed.sources()).containsExactly("Al-Monitor", "Daily Sabah", "Hürriyet Daily News", "Reuters",
                "Rudaw");
        assertThat(killed.caption()).contains("headline figure, 16");
    }

    @Test
    void tableListsEveryClaimAsWritten() {
        DataTable table = specs.get(0).table();
        assertThat(table.rows()).hasSize(7);
        assertThat(table.rows().get(6)).containsExactly("2020-02-26", "Hürriyet Daily News", "17", "", "", "up_to",
                "as many as 17", "a7");
    }

    @Test
    void seriesWithoutHeadlineOrNumbersAreSkipped() {
        FigureSeries killed = Fixtures.killed();
        FigureSeries noHeadline = new FigureSeries("x", Measure.KILLED, "X", "X killed", killed.claims(), null,
                new TreeMap<>(), false);
        Briefing other = Fixtures.with(briefing, List.of(noHeadline), briefing.entities(), briefing.articles());
        assertThat(new FigureSeriesChart(Fixtures.context(other)).plan(other)).isEmpty();
    }

    @Test
    void moneyIsLabelledWithItsCurrency() {
        var claim = Fixtures.claim("a1", "Reuters", feb(3), Measure.MONEY, 5_000_000, Qualifier.EXACT, "Turkey", "$5m");
        var money = new io.sitrep.aggregate.Claim(claim.article(), claim.source(), claim.published(),
                new io.sitrep.analysis.Figure(Measure.MONEY, claim.figure().value(), null, null, Qualifier.EXACT,
                        claim.figure().value(), "USD", "Turkey", feb(3), 0, 0, 3, "$5m"), claim.sentence(),
                claim.anchor());
        FigureSeries series = Fixtures.series("money-turkey", Measure.MONEY, "Turkey", "Aid pledged", List.of(money),
                money, 5_000_000, 5_000_000, List.of("Reuters"));
        assertThat(FigureSeriesChart.unit(series)).isEqualTo("Amount (USD)");
    }

    @Test
    void manyReportsBecomeOneMarkPerDayWithTheMedianAndTheWholeRange() {
        java.time.LocalDate d1 = java.time.LocalDate.of(2020, 2, 1);
        java.time.LocalDate d2 = java.time.LocalDate.of(2020, 2, 2);
        List<FigureSeriesChart.Mark> marks = List.of(
                mark(d1, 10, 10, 10), mark(d1, 30, 25, 40), mark(d1, 20, 20, 20), mark(d2, 5, 5, 5));
        assertThat(FigureSeriesChart.perDay(marks)).containsExactly(mark(d1, 20, 10, 40), mark(d2, 5, 5, 5));
        // 1 and 2 February 2020 are a Saturday and a Sunday: the week of Monday 27 January
        assertThat(FigureSeriesChart.perWeek(marks)).containsExactly(mark(java.time.LocalDate.of(2020, 1, 27), 10, 5, 40));
    }

    private static FigureSeriesChart.Mark mark(java.time.LocalDate day, long value, long low, long high) {
        return new FigureSeriesChart.Mark(day, java.math.BigDecimal.valueOf(value), java.math.BigDecimal.valueOf(low),
                java.math.BigDecimal.valueOf(high));
    }
}
