package io.sitrep.charts;

import io.sitrep.aggregate.Briefing;
import java.awt.BasicStroke;
import java.awt.Color;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.data.time.SimpleTimePeriod;
import org.jfree.data.time.TimeTableXYDataset;

/**
 * Coverage: articles per day by outlet, stacked; per week (from Monday) when the period is
 * longer than {@value #MAX_DAILY_DAYS} days, so bars stay wide enough to see.
 */
final class CoverageChart {

    static final int WIDTH = 480;
    static final int HEIGHT = 320;
    static final int MAX_DAILY_DAYS = 62;
    private static final long HALF_DAY = 12L * 3600 * 1000;

    /** One bar: the articles of each outlet (in model order) from {@code start} for {@code days}. */
    record Bar(LocalDate start, int days, List<Integer> counts) {
    }

    record Model(String title, String xLabel, String yLabel, LocalDate from, LocalDate to, List<String> sources,
                 List<Integer> styles, List<Bar> bars, String note) {
    }

    private final ChartContext context;

    CoverageChart(ChartContext context) {
        this.context = context;
    }

    List<ChartSpec> plan(Briefing briefing) {
        if (briefing.coverage() == null || !context.hasPeriod()) {
            return List.of();
        }
        SortedMap<LocalDate, SortedMap<String, Integer>> perDay = briefing.coverage().perDay();
        int total = perDay.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        if (total == 0) {
            return List.of();
        }
        LocalDate from = earliest(context.from(), perDay.firstKey());
        LocalDate to = latest(context.to(), perDay.lastKey());
        boolean weekly = to.toEpochDay() - from.toEpochDay() + 1 > MAX_DAILY_DAYS;
        TreeSet<String> sourceSet = new TreeSet<>(ChartContext.SOURCE_ORDER);
        perDay.values().forEach(bySource -> bySource.forEach((source, count) -> {
            if (source != null && count != null && count > 0) {
                sourceSet.add(source);
            }
        }));
        List<String> sources = List.copyOf(sourceSet);
        List<Bar> bars = bars(perDay, sources, from, to, weekly);
        LocalDate axisFrom = bars.get(0).start();
        LocalDate axisTo = bars.get(bars.size() - 1).start().plusDays(bars.get(bars.size() - 1).days() - 1L);
        String unit = weekly ? "week" : "day";
        String title = "Articles per " + unit + ", by outlet";
        LocalDate asOf = context.asOf();
        String note = ChartContext.note(sources, asOf);
        Model model = new Model(title, HouseStyle.dateLabel(weekly ? "Week from" : "Date published", axisFrom, axisTo),
                "Articles (count)", axisFrom, axisTo, sources,
                sources.stream().map(context::sourceStyle).toList(), bars, note);
        String caption = "Articles in the briefing per " + unit + " of publication, stacked by outlet, "
                + Formats.period(from, to) + ".";
        return List.of(ChartSpec.of(ChartKind.COVERAGE, "coverage", title, caption,
                alt(bars, sources, total, from, to, weekly), asOf, sources, table(bars, sources, weekly),
                WIDTH, HEIGHT, note, model, this::draw));
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static List<Bar> bars(SortedMap<LocalDate, SortedMap<String, Integer>> perDay, List<String> sources,
                                  LocalDate from, LocalDate to, boolean weekly) {
        LocalDate start = weekly ? from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : from;
        int days = weekly ? 7 : 1;
        List<Bar> bars = new ArrayList<>();
        for (LocalDate day = start; !day.isAfter(to); day = day.plusDays(days)) {
            int[] counts = new int[sources.size()];
            for (Map.Entry<LocalDate, SortedMap<String, Integer>> entry
                    : perDay.subMap(day, day.plusDays(days)).entrySet()) {
                entry.getValue().forEach((source, count) -> {
                    int index = sources.indexOf(source);
                    if (index >= 0 && count != null && count > 0) {
                        counts[index] += count;
                    }
                });
            }
            bars.add(new Bar(day, days, java.util.Arrays.stream(counts).boxed().toList()));
        }
        return bars;
    }

    private static int total(Bar bar) {
        return bar.counts().stream().mapToInt(Integer::intValue).sum();
    }

    private static String alt(List<Bar> bars, List<String> sources, int total, LocalDate from, LocalDate to,
                              boolean weekly) {
        int peak = bars.stream().mapToInt(CoverageChart::total).max().orElse(0);
        List<String> peakDates = bars.stream().filter(bar -> total(bar) == peak)
                .map(bar -> (weekly ? "the week from " : "") + Formats.shortDay(bar.start())).toList();
        int[] perSource = new int[sources.size()];
        bars.forEach(bar -> {
            for (int i = 0; i < perSource.length; i++) {
                perSource[i] += bar.counts().get(i);
            }
        });
        int most = java.util.Arrays.stream(perSource).max().orElse(0);
        List<String> leaders = new ArrayList<>();
        for (int i = 0; i < perSource.length; i++) {
            if (perSource[i] == most) {
                leaders.add(sources.get(i));
            }
        }
        String busiest = peakDates.size() == 1
                ? "; the busiest " + (weekly ? "week" : "day") + " was " + peakDates.get(0) + " with "
                + Formats.count(peak, "article", "articles")
                : "; the busiest " + (weekly ? "weeks" : "days") + " were " + Formats.shortList(peakDates, 3)
                + " with " + Formats.count(peak, "article", "articles") + " each";
        String leader = sources.size() <= 1 ? "."
                : leaders.size() == sources.size() ? "; each outlet published " + Formats.number(most) + "."
                : leaders.size() == 1 ? "; " + leaders.get(0) + " published most (" + most + ")."
                : "; " + Formats.shortList(leaders, 3) + " published most (" + most + " each).";
        return Formats.count(total, "article", "articles") + " from "
                + Formats.count(sources.size(), "outlet", "outlets") + ", " + Formats.period(from, to)
                + busiest + leader;
    }

    private static DataTable table(List<Bar> bars, List<String> sources, boolean weekly) {
        DataTable.Builder table = DataTable.builder().date(weekly ? "week" : "date", weekly ? "Week from" : "Date");
        sources.forEach(source -> table.number(source, source));
        table.number("total", "Total");
        for (Bar bar : bars) {
            List<Object> row = new ArrayList<>();
            row.add(bar.start());
            row.addAll(bar.counts());
            row.add(total(bar));
            table.row(row.toArray());
        }
        return table.build();
    }

    private JFreeChart draw(Model model) {
        HouseStyle style = context.style();
        TimeTableXYDataset data = new TimeTableXYDataset(Formats.UTC, Formats.LOCALE);
        StackedXYBarRenderer renderer = new StackedXYBarRenderer(0.15);
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Color.WHITE);
        renderer.setDefaultOutlineStroke(new BasicStroke(0.8f));
        for (int s = 0; s < model.sources().size(); s++) {
            renderer.setSeriesPaint(s, Palette.categorical(model.styles().get(s)));
            renderer.setSeriesOutlinePaint(s, Color.WHITE);
        }
        for (Bar bar : model.bars()) {
            // Days are centred on their midnight tick (as on every time axis of the house style).
            long start = Formats.millis(bar.start()) - HALF_DAY;
            long end = Formats.millis(bar.start().plusDays(bar.days())) - HALF_DAY - 1;
            for (int s = 0; s < model.sources().size(); s++) {
                // NaN, not 0: the renderer skips it instead of drawing an empty bar into the SVG.
                int count = bar.counts().get(s);
                data.add(new SimpleTimePeriod(start, end), count > 0 ? (Number) count : (Number) Double.NaN,
                        model.sources().get(s), false);
            }
        }
        XYPlot plot = new XYPlot(data, style.dateAxis(model.xLabel(), model.from(), model.to()),
                style.countAxis(model.yLabel()), renderer);
        style.style(plot);
        return style.chart(model.title(), plot, true, model.note());
    }
}
