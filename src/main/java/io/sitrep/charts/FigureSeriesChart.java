package io.sitrep.charts;

import io.sitrep.aggregate.Briefing;
import io.sitrep.aggregate.Claim;
import io.sitrep.aggregate.FigureSeries;
import io.sitrep.analysis.Figure;
import io.sitrep.analysis.Measure;
import java.awt.BasicStroke;
import java.awt.Color;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Reported figures over time, one chart per series that has a headline: each report a mark in
 * its outlet's colour and shape at the date it reports, a reported range as an error bar, and
 * the headline value as a dashed line.
 */
final class FigureSeriesChart {

    static final int WIDTH = 480;
    static final int HEIGHT = 340;
    /** Above this many reports, a chart shows one mark per outlet and day (see {@link #perDay}). */
    static final int MAX_MARKS = 400;

    record Mark(LocalDate date, BigDecimal value, BigDecimal low, BigDecimal high) {
    }

    record SourceMarks(String source, int style, List<Mark> marks) {
    }

    record Model(String title, String xLabel, String yLabel, LocalDate from, LocalDate to,
                 List<SourceMarks> sources, BigDecimal headline, String headlineLabel, String note) {
    }

    private final ChartContext context;
    private final ChartMemory memory;

    FigureSeriesChart(ChartContext context) {
        this(context, ChartMemory.none());
    }

    FigureSeriesChart(ChartContext context, ChartMemory memory) {
        this.context = context;
        this.memory = memory;
    }

    List<ChartSpec> plan(Briefing briefing) {
        List<FigureSeries> charted = new ArrayList<>();
        for (FigureSeries series : briefing.series()) {
            if (series.headline() != null && Takeaways.anyReported(series.claims())) {
                charted.add(series);
            }
        }
        return memory.seriesPlans(context, charted, this::spec);
    }

    static String label(FigureSeries series) {
        if (series.label() != null && !series.label().isBlank()) {
            return series.label();
        }
        return series.measure().id() + (series.actor() == null ? "" : " (" + series.actor() + ")");
    }

    private ChartSpec spec(FigureSeries series) {
        String label = label(series);
        List<Takeaways.Reported> reported = Takeaways.reported(series.claims());
        LocalDate first = reported.get(0).date();
        LocalDate last = reported.get(reported.size() - 1).date();
        LocalDate from = context.hasPeriod() && context.from().isBefore(first) ? context.from() : first;
        LocalDate to = context.hasPeriod() && context.to().isAfter(last) ? context.to() : last;
        List<String> sources = outlets(series.claims());
        LocalDate asOf = series.headline().asOf() != null ? series.headline().asOf() : last;
        String note = ChartContext.note(sources, asOf);
        BigDecimal headline = series.headline().value();
        String headlineLabel = headline == null ? ""
                : "Headline: " + Formats.number(headline) + " (as of " + Formats.shortDay(asOf) + ")";
        List<SourceMarks> marks = marks(series.claims());
        boolean daily = marks.stream().mapToInt(m -> m.marks().size()).sum() > MAX_MARKS;
        if (daily) {
            marks = marks.stream().map(m -> new SourceMarks(m.source(), m.style(), perDay(m.marks()))).toList();
        }
        boolean weekly = daily && marks.stream().mapToInt(m -> m.marks().size()).sum() > MAX_MARKS;
        if (weekly) {
            marks = marks.stream().map(m -> new SourceMarks(m.source(), m.style(), perWeek(m.marks()))).toList();
        }
        String bucket = weekly ? "week (marked at its Monday)" : "day";
        Model model = new Model(label, HouseStyle.dateLabel("Date reported", from, to), unit(series),
                from, to, marks, headline, headlineLabel, note);
        String caption = label + (daily
                ? " as reported: one mark per outlet and " + bucket + ", the median of its reports; bars show the"
                        + " range of its reports"
                : " as reported: one mark per report, by outlet and the date it reports; bars show reported ranges")
                + (headline == null ? "." : "; the dashed line is the headline figure, " + Formats.number(headline)
                + ", the lowest credible figure of the latest reports.");
        String alt = Takeaways.trend(label, reported, series.headline());
        HouseStyle style = context.style(); // only the style: a plan kept for later builds holds no context
        return ChartSpec.of(ChartKind.FIGURE_SERIES, "figures-" + series.id(), label, caption, alt, asOf, sources,
                table(series.claims()), WIDTH, HEIGHT, note, model, drawn -> draw(style, drawn));
    }

    /** The outlets of the claims, in {@link ChartContext#SOURCE_ORDER}: the few distinct ones sorted once. */
    private List<String> outlets(List<Claim> claims) {
        Set<String> distinct = new HashSet<>();
        for (Claim claim : claims) {
            if (claim.source() != null) {
                distinct.add(claim.source());
            }
        }
        List<String> outlets = new ArrayList<>(distinct);
        outlets.sort(ChartContext.SOURCE_ORDER);
        return List.copyOf(outlets);
    }

    private List<SourceMarks> marks(List<Claim> claims) {
        Map<String, List<Mark>> bySource = new HashMap<>(); // outlets put in order below, not once per claim
        for (Claim claim : claims) {
            Figure figure = claim.figure();
            BigDecimal value = figure == null ? null : Takeaways.plotted(figure);
            if (value == null) {
                continue;
            }
            BigDecimal low = figure.low() != null ? figure.low() : value;
            BigDecimal high = figure.high() != null ? figure.high() : value;
            String source = claim.source() == null ? "Unknown outlet" : claim.source();
            bySource.computeIfAbsent(source, s -> new ArrayList<>())
                    .add(new Mark(Takeaways.dateOf(claim), value, low.min(value), high.max(value)));
        }
        List<String> sources = new ArrayList<>(bySource.keySet());
        sources.sort(ChartContext.SOURCE_ORDER);
        List<SourceMarks> marks = new ArrayList<>();
        sources.forEach(source -> marks.add(new SourceMarks(source, context.sourceStyle(source), bySource.get(source))));
        return marks;
    }

    /**
     * One mark per day for an outlet: the median of its reports that day, the bar from the
     * lowest to the highest. At 10,000 articles a series had thousands of marks on top of each
     * other (an 11 MB SVG that the PDF could not print); the data table keeps every report.
     */
    static List<Mark> perDay(List<Mark> marks) {
        return perBucket(marks, m -> m.date());
    }

    /** As {@link #perDay}, per week, marked on its Monday: when even days give too many marks. */
    static List<Mark> perWeek(List<Mark> marks) {
        return perBucket(marks, m -> m.date().with(java.time.temporal.TemporalAdjusters.previousOrSame(
                java.time.DayOfWeek.MONDAY)));
    }

    private static List<Mark> perBucket(List<Mark> marks, java.util.function.Function<Mark, LocalDate> bucket) {
        Map<LocalDate, List<Mark>> byDay = new HashMap<>(); // days put in order once, below
        for (Mark m : marks) {
            byDay.computeIfAbsent(bucket.apply(m), d -> new ArrayList<>()).add(m);
        }
        List<LocalDate> days = new ArrayList<>(byDay.keySet());
        days.sort(null);
        List<Mark> out = new ArrayList<>(days.size());
        for (LocalDate day : days) {
            List<Mark> list = byDay.get(day);
            BigDecimal[] values = new BigDecimal[list.size()];
            BigDecimal low = null;
            BigDecimal high = null;
            for (int i = 0; i < values.length; i++) {
                Mark m = list.get(i);
                values[i] = m.value();
                low = low == null || m.low().compareTo(low) < 0 ? m.low() : low; // the first of equals, as min()
                high = high == null || m.high().compareTo(high) > 0 ? m.high() : high;
            }
            java.util.Arrays.sort(values); // stable, as a stream's sort: of equal values the median is the same one
            out.add(new Mark(day, values[(values.length - 1) / 2], low, high));
        }
        return out;
    }

    /** The value axis label, with the unit. */
    static String unit(FigureSeries series) {
        Measure measure = series.measure() == null ? Measure.OTHER : series.measure();
        return switch (measure) {
            case KILLED -> "Killed (people)";
            case WOUNDED -> "Wounded (people)";
            case CASUALTIES -> "Killed and wounded (people)";
            case DISPLACED -> "Displaced (people)";
            case REFUGEES -> "Refugees (people)";
            case TROOPS -> "Troops (people)";
            case POPULATION -> "Population (people)";
            case POSTS -> "Posts (count)";
            case STRIKES -> "Strikes (count)";
            case MONEY -> "Amount (" + currency(series) + ")";
            case OTHER -> "Reported number";
        };
    }

    private static String currency(FigureSeries series) {
        return series.claims().stream().map(Claim::figure).filter(Objects::nonNull).map(Figure::group)
                .filter(group -> group != null && !group.isBlank()).findFirst().orElse("currency");
    }

    private static DataTable table(List<Claim> claims) {
        DataTable.Builder table = DataTable.builder()
                .date("date", "Date").text("source", "Outlet").number("value", "Reported")
                .number("low", "Low").number("high", "High").text("qualifier", "Qualifier")
                .text("as_written", "As written").text("article", "Article");
        for (Claim claim : claims) {
            Figure figure = claim.figure();
            if (figure == null) {
                continue;
            }
            table.row(Takeaways.dateOf(claim), claim.source(), figure.value(), figure.low(), figure.high(),
                    figure.qualifier() == null ? null : figure.qualifier().id(), figure.surface(), claim.article());
        }
        return table.build();
    }

    private static JFreeChart draw(HouseStyle style, Model model) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        renderer.setDrawXError(false);
        renderer.setDrawYError(true);
        renderer.setCapLength(7);
        renderer.setErrorStroke(new BasicStroke(1.5f));
        renderer.setUseOutlinePaint(true);
        renderer.setDrawOutlines(true);
        renderer.setDefaultOutlinePaint(Color.WHITE);
        renderer.setDefaultOutlineStroke(new BasicStroke(1f));
        for (int i = 0; i < model.sources().size(); i++) {
            SourceMarks marks = model.sources().get(i);
            YIntervalSeries series = new YIntervalSeries(marks.source(), false, true);
            for (Mark mark : marks.marks()) {
                series.add(Formats.millis(mark.date()), mark.value().doubleValue(), mark.low().doubleValue(),
                        mark.high().doubleValue());
            }
            data.addSeries(series);
            renderer.setSeriesPaint(i, Palette.categorical(marks.style()));
            renderer.setSeriesShape(i, Palette.marker(marks.style(), 10));
        }
        XYPlot plot = new XYPlot(data, style.dateAxis(model.xLabel(), model.from(), model.to()),
                style.valueAxis(model.yLabel()), renderer);
        style.style(plot);
        if (model.headline() != null) {
            plot.addRangeMarker(headlineMarker(style, model), Layer.BACKGROUND);
        }
        return style.chart(model.title(), plot, true, model.note());
    }

    private static ValueMarker headlineMarker(HouseStyle style, Model model) {
        ValueMarker marker = new ValueMarker(model.headline().doubleValue(), Palette.HEADLINE,
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
        marker.setLabel(model.headlineLabel());
        marker.setLabelFont(style.font(HouseStyle.NOTE_SIZE));
        marker.setLabelPaint(Palette.TEXT);
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
        marker.setLabelOffset(new RectangleInsets(2, 4, 2, 4));
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 220));
        return marker;
    }
}
