package io.sitrep.charts;

import io.sitrep.aggregate.Briefing;
import io.sitrep.aggregate.Claim;
import io.sitrep.aggregate.FigureSeries;
import io.sitrep.analysis.Figure;
import io.sitrep.analysis.Measure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Displacement and refugee estimates over time: per series a line through the lowest figure
 * reported for each date, and a band from the lowest to the highest report of that date.
 */
final class DisplacementChart {

    static final int WIDTH = 480;
    static final int HEIGHT = 340;
    static final int MAX_SERIES = 4;
    private static final Set<Measure> MEASURES = Set.of(Measure.DISPLACED, Measure.REFUGEES);

    record BandPoint(LocalDate date, BigDecimal value, BigDecimal low, BigDecimal high) {
    }

    record Band(String label, int style, List<BandPoint> points) {
    }

    record Model(String title, String xLabel, String yLabel, LocalDate from, LocalDate to, List<Band> bands,
                 String note) {
    }

    private final ChartContext context;

    DisplacementChart(ChartContext context) {
        this.context = context;
    }

    List<ChartSpec> plan(Briefing briefing) {
        List<FigureSeries> chosen = briefing.series().stream()
                .filter(series -> MEASURES.contains(series.measure()))
                .filter(series -> Takeaways.anyReported(series.claims()))
                .limit(MAX_SERIES).toList();
        if (chosen.isEmpty()) {
            return List.of();
        }
        List<Band> bands = new ArrayList<>();
        TreeSet<String> sources = new TreeSet<>(ChartContext.SOURCE_ORDER);
        DataTable.Builder table = DataTable.builder().text("series", "Series").date("date", "Date")
                .number("lowest", "Lowest report").number("highest", "Highest report").text("sources", "Outlets");
        List<String> takeaways = new ArrayList<>();
        LocalDate first = null;
        LocalDate last = null;
        LocalDate asOf = null;
        for (FigureSeries series : chosen) {
            String label = FigureSeriesChart.label(series);
            Map<LocalDate, List<Claim>> byDate = byDate(series.claims());
            List<BandPoint> points = new ArrayList<>();
            byDate.forEach((date, claims) -> {
                BandPoint point = point(date, claims);
                points.add(point);
                TreeSet<String> outlets = new TreeSet<>(ChartContext.SOURCE_ORDER);
                claims.stream().map(Claim::source).filter(java.util.Objects::nonNull).forEach(outlets::add);
                sources.addAll(outlets);
                table.row(label, date, point.low(), point.high(), String.join("; ", outlets));
            });
            bands.add(new Band(label, bands.size(), points));
            takeaways.add(Takeaways.trend(label, Takeaways.reported(series.claims()), series.headline()));
            LocalDate seriesFirst = points.get(0).date();
            LocalDate seriesLast = points.get(points.size() - 1).date();
            first = first == null || seriesFirst.isBefore(first) ? seriesFirst : first;
            last = last == null || seriesLast.isAfter(last) ? seriesLast : last;
            LocalDate seriesAsOf = series.headline() != null && series.headline().asOf() != null
                    ? series.headline().asOf() : seriesLast;
            asOf = asOf == null || seriesAsOf.isAfter(asOf) ? seriesAsOf : asOf;
        }
        LocalDate from = context.hasPeriod() && context.from().isBefore(first) ? context.from() : first;
        LocalDate to = context.hasPeriod() && context.to().isAfter(last) ? context.to() : last;
        List<String> outlets = List.copyOf(sources);
        String note = ChartContext.note(outlets, asOf);
        String title = "Displacement and refugee estimates";
        Model model = new Model(title, HouseStyle.dateLabel("Date reported", from, to), "People (reported)",
                from, to, bands, note);
        String caption = "Reported numbers of displaced people and refugees by date: each line follows the lowest "
                + "figure reported for a date, its band spans the lowest to the highest report of that date.";
        return List.of(ChartSpec.of(ChartKind.DISPLACEMENT, "displacement", title, caption,
                String.join(" ", takeaways), asOf, outlets, table.build(), WIDTH, HEIGHT, note, model, this::draw));
    }

    private static Map<LocalDate, List<Claim>> byDate(List<Claim> claims) {
        Map<LocalDate, List<Claim>> byDate = new TreeMap<>();
        for (Claim claim : claims) {
            if (claim.figure() != null && Takeaways.plotted(claim.figure()) != null) {
                byDate.computeIfAbsent(Takeaways.dateOf(claim), date -> new ArrayList<>()).add(claim);
            }
        }
        return byDate;
    }

    private static BandPoint point(LocalDate date, List<Claim> claims) {
        BigDecimal value = null;
        BigDecimal low = null;
        BigDecimal high = null;
        for (Claim claim : claims) {
            Figure figure = claim.figure();
            BigDecimal plotted = Takeaways.plotted(figure);
            BigDecimal claimLow = figure.low() != null ? figure.low().min(plotted) : plotted;
            BigDecimal claimHigh = figure.high() != null ? figure.high().max(plotted) : plotted;
            value = value == null ? plotted : value.min(plotted);
            low = low == null ? claimLow : low.min(claimLow);
            high = high == null ? claimHigh : high.max(claimHigh);
        }
        return new BandPoint(date, value, low, high);
    }

    private JFreeChart draw(Model model) {
        HouseStyle style = context.style();
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, true);
        // The band's transparency goes into its colour, not into an alpha composite: Batik writes a
        // composite as `opacity`, which the PDF renderer's SVG drawer cannot draw.
        renderer.setAlpha(1f);
        for (int i = 0; i < model.bands().size(); i++) {
            Band band = model.bands().get(i);
            YIntervalSeries series = new YIntervalSeries(band.label(), false, false);
            for (BandPoint point : band.points()) {
                series.add(Formats.millis(point.date()), point.value().doubleValue(), point.low().doubleValue(),
                        point.high().doubleValue());
            }
            data.addSeries(series);
            renderer.setSeriesPaint(i, Palette.categorical(band.style()));
            java.awt.Color colour = Palette.categorical(band.style());
            renderer.setSeriesFillPaint(i, new java.awt.Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 56));
            renderer.setSeriesStroke(i, Palette.line(band.style(), 2f));
            renderer.setSeriesShape(i, Palette.marker(band.style(), 8));
        }
        XYPlot plot = new XYPlot(data, style.dateAxis(model.xLabel(), model.from(), model.to()),
                style.valueAxis(model.yLabel()), renderer);
        style.style(plot);
        return style.chart(model.title(), plot, true, model.note());
    }
}
