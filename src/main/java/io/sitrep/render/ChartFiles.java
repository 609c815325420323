package io.sitrep.render;

import io.sitrep.charts.Chart;
import io.sitrep.charts.ChartKind;
import io.sitrep.charts.ChartPlan;
import io.sitrep.charts.Charts;
import io.sitrep.charts.PlannedChart;
import io.sitrep.publish.SiteOutput;
import io.sitrep.render.pdf.PdfChart;
import io.sitrep.render.view.Parts.ChartView;
import io.sitrep.render.view.Parts.DataTable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Puts the chart stage's output where pages and the PDF take it: the files of every chart
 * ({@code charts/<id>.svg|png|csv|json}), the views pages show, and the pictures the printed
 * briefing numbers.
 */
public final class ChartFiles {

    /** Series charts are named after their series: {@code figures-<series id>}. */
    static final String SERIES_PREFIX = "figures-";

    private ChartFiles() {
    }

    /** Writes the four files of every chart, sparklines included. */
    public static void write(Charts charts, SiteOutput out) throws IOException {
        for (Chart c : charts.all()) {
            out.write(c.svgPath(), c.svg());
            out.write(c.pngPath(), c.png());
            out.write(c.csvPath(), c.csv());
            out.write(c.jsonPath(), c.json());
        }
    }

    /** The charts by the page they belong on. */
    public static ChartSet views(Charts charts) {
        SortedMap<String, ChartView> sparklines = new TreeMap<>();
        charts.sparklines().forEach((entity, c) -> sparklines.put(entity, view(c)));
        return views(charts.charts().stream().map(c -> new Placed(c.kind(), c.id(), view(c))).toList(), sparklines);
    }

    /**
     * The charts by the page they belong on, as planned: pages show a chart by its paths, texts
     * and data, so they can be rendered while its files are still being drawn.
     */
    public static ChartSet views(ChartPlan plan) {
        SortedMap<String, ChartView> sparklines = new TreeMap<>();
        plan.sparklines().forEach((entity, c) -> sparklines.put(entity, view(c)));
        return views(plan.numbered().stream().map(c -> new Placed(c.kind(), c.id(), view(c))).toList(), sparklines);
    }

    private static ChartSet views(List<Placed> numbered, SortedMap<String, ChartView> sparklines) {
        List<ChartView> overview = new ArrayList<>();
        Map<String, List<ChartView>> bySeries = new TreeMap<>();
        for (Placed c : numbered) {
            if (c.kind() == ChartKind.FIGURE_SERIES && c.id().startsWith(SERIES_PREFIX)) {
                bySeries.computeIfAbsent(c.id().substring(SERIES_PREFIX.length()), k -> new ArrayList<>()).add(c.view());
            } else {
                overview.add(c.view());
            }
        }
        Map<String, List<ChartView>> byEntity = new TreeMap<>();
        sparklines.forEach((entity, view) -> byEntity.put(entity, List.of(view)));
        return ChartSet.of(overview, bySeries, byEntity);
    }

    /** A numbered chart's view and what decides the page it goes on. */
    private record Placed(ChartKind kind, String id, ChartView view) {
    }

    /** The numbered charts for the PDF, in figure order, from their SVG and PNG. */
    public static List<PdfChart> forPrint(Charts charts) {
        return charts.charts().stream()
                .map(c -> new PdfChart(c.number(), c.title(), c.caption(), c.altText(), c.svg(), c.png()))
                .toList();
    }

    /**
     * The numbered charts for the PDF, in figure order, as planned: the PDF draws them itself as
     * vectors, so it need not wait for their SVG and PNG.
     */
    public static List<PdfChart> forPrint(ChartPlan plan) {
        return plan.numbered().stream()
                .map(c -> new PdfChart(c.number(), c.title(), c.caption(), c.altText(), null, null, drawing(c)))
                .toList();
    }

    private static PdfChart.Drawing drawing(PlannedChart chart) {
        return new PdfChart.Drawing() {
            @Override
            public int width() {
                return chart.width();
            }

            @Override
            public int height() {
                return chart.height();
            }

            @Override
            public String key() {
                return chart.hash();
            }

            @Override
            public void draw(java.awt.Graphics2D graphics) {
                chart.draw(graphics);
            }
        };
    }

    /** The table under a chart: its last rows (the latest, for rows in date order); the CSV has every one. */
    static DataTable table(io.sitrep.charts.DataTable table) {
        return new DataTable(table.header(), table.lastDisplayRows(Caps.TABLE_ROWS), table.rows().size());
    }

    private static ChartView view(Chart c) {
        return new ChartView(c.id(), c.title(), c.caption(), c.altText(), c.svgPath(), c.pngPath(),
                table(c.table()), c.csvPath(), c.jsonPath(), c.width(), c.height());
    }

    private static ChartView view(PlannedChart c) {
        return new ChartView(c.id(), c.title(), c.caption(), c.altText(), c.svgPath(), c.pngPath(),
                table(c.table()), c.csvPath(), c.jsonPath(), c.width(), c.height());
    }
}
