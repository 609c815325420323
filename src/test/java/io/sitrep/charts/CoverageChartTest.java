package io.sitrep.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.aggregate.Briefing;
import io.sitrep.analysis.Dictionary;
import io.sitrep.content.BriefingConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jfree.data.xy.TableXYDataset;
import org.junit.jupiter.api.Test;

class CoverageChartTest {

    private final Briefing briefing = Fixtures.crisis();
    private final ChartSpec spec = new CoverageChart(Fixtures.context(briefing)).plan(briefing).get(0);

    @Test
    void oneStackedBarPerDayOfThePeriodPerOutlet() {
        TableXYDataset data = (TableXYDataset) spec.draw().getXYPlot().getDataset();
        assertThat(data.getSeriesCount()).isEqualTo(5);
        assertThat(data.getItemCount()).isEqualTo(29);
        assertThat(data.getSeriesKey(3)).isEqualTo("Reuters");
        int feb26 = 25;
        assertThat(data.getYValue(3, feb26)).isEqualTo(1.0);
        assertThat(data.getYValue(0, feb26)).isNaN();
        assertThat(spec.title()).isEqualTo("Articles per day, by outlet");
    }

    @Test
    void altTextGivesTotalsPeakAndLeaders() {
        assertThat(spec.altText()).isEqualTo("8 articles from 5 outlets, 1–29 Feb 2020; the busiest day was 26 Feb "
                + "with 2 articles; Al-Monitor, Daily Sabah and Reuters published most (2 each).");
    }

    @Test
    void tableHasOneColumnPerOutletAndATotal() {
        assertThat(spec.table().keys()).containsExactly("date", "Al-Monitor", "Daily Sabah", "Hürriyet Daily News",
                "Reuters", "Rudaw", "total");
        assertThat(spec.table().rows()).hasSize(29);
        assertThat(spec.table().rows().get(25)).containsExactly("2020-02-26", "0", "0", "1", "1", "0", "2");
    }

    @Test
    void longPeriodsAreCountedPerWeekFromMonday() {
        List<AnalyzedArticle> articles = new ArrayList<>();
        LocalDate start = LocalDate.of(2020, 1, 1);
        for (int day = 0; day < 120; day += 3) {
            articles.add(Fixtures.analyzed("a" + day, start.plusDays(day), day % 2 == 0 ? "A" : "B"));
        }
        Briefing long120 = new Briefing(BriefingConfig.defaults(), Dictionary.empty(), articles, List.of(), List.of(),
                Fixtures.coverage(articles), null, null);
        ChartSpec weekly = new CoverageChart(Fixtures.context(long120)).plan(long120).get(0);
        assertThat(weekly.title()).isEqualTo("Articles per week, by outlet");
        assertThat(weekly.table().rows().get(0).get(0)).isEqualTo("2019-12-30");
        int total = weekly.table().rows().stream().mapToInt(row -> Integer.parseInt(row.get(3))).sum();
        assertThat(total).isEqualTo(40);
    }

    @Test
    void noArticlesNoChart() {
        Briefing empty = Fixtures.empty();
        assertThat(new CoverageChart(Fixtures.context(empty)).plan(empty)).isEmpty();
    }
}
