package io.sitrep.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ChartsTest {

    private static Chart chart(String id, ChartKind kind) {
        return new Chart(id, kind, 1, "T", "C.", "A.", LocalDate.of(2020, 2, 5), List.of(), DataTable.builder().build(),
                "", "{}", "<svg/>", new byte[0], 10, 10, "0".repeat(64));
    }

    @Test
    void findsChartsAndSparklinesById() {
        TreeMap<String, Chart> sparklines = new TreeMap<>();
        sparklines.put("erdogan", chart("mentions-erdogan", ChartKind.SPARKLINE));
        Charts charts = new Charts(List.of(chart("coverage", ChartKind.COVERAGE)), sparklines, List.of());
        assertThat(charts.byId("coverage")).isPresent();
        assertThat(charts.byId("mentions-erdogan")).isPresent();
        assertThat(charts.byId("missing")).isEmpty();
        assertThat(charts.sparkline("erdogan")).isPresent();
        assertThat(charts.all()).extracting(Chart::id).containsExactly("coverage", "mentions-erdogan");
        assertThat(charts.ofKind(ChartKind.COVERAGE)).hasSize(1);
    }

    @Test
    void isImmutable() {
        TreeMap<String, Chart> sparklines = new TreeMap<>();
        Charts charts = new Charts(List.of(), sparklines, List.of());
        sparklines.put("x", chart("mentions-x", ChartKind.SPARKLINE));
        assertThat(charts.sparklines()).isEmpty();
        assertThat(Charts.none().all()).isEmpty();
    }
}
