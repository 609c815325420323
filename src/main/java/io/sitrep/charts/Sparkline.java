package io.sitrep.charts;

import io.sitrep.aggregate.Briefing;
import io.sitrep.aggregate.EntityStats;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * A word-sized chart of one entity's mentions per day over the briefing's period, for its
 * page: an area with the peak day marked, no axes, no text (the page gives title, caption,
 * alt text and table).
 */
final class Sparkline {

    static final int WIDTH = 160;
    static final int HEIGHT = 36;

    record Model(LocalDate from, List<Integer> perDay, int peakIndex) {
    }

    private final ChartContext context;

    Sparkline(ChartContext context) {
        this.context = context;
    }

    /** One sparkline per mentioned entity, by entity id. */
    SortedMap<String, ChartSpec> plan(Briefing briefing) {
        SortedMap<String, ChartSpec> specs = new TreeMap<>();
        if (!context.hasPeriod()) {
            return specs;
        }
        for (EntityStats stats : briefing.entities()) {
            if (stats.entity() != null && stats.mentions() > 0 && stats.perDay() != null && !stats.perDay().isEmpty()) {
                specs.put(stats.entity().id(), spec(stats));
            }
        }
        return specs;
    }

    private ChartSpec spec(EntityStats stats) {
        String name = context.name(stats.entity());
        LocalDate from = stats.perDay().firstKey().isBefore(context.from()) ? stats.perDay().firstKey() : context.from();
        LocalDate to = stats.perDay().lastKey().isAfter(context.to()) ? stats.perDay().lastKey() : context.to();
        List<Integer> perDay = new ArrayList<>();
        DataTable.Builder table = DataTable.builder().date("date", "Date").number("mentions", "Mentions");
        int peak = 0;
        int peakCount = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            int count = Math.max(0, stats.perDay().getOrDefault(day, 0));
            if (count > 0) {
                table.row(day, count);
            }
            if (count > peakCount) {
                peak = perDay.size();
                peakCount = count;
            }
            perDay.add(count);
        }
        int total = perDay.stream().mapToInt(Integer::intValue).sum();
        List<String> sources = context.sourcesOfEntity(stats.perArticle() == null ? Map.of() : stats.perArticle());
        LocalDate asOf = stats.perDay().lastKey().isAfter(context.asOf()) ? stats.perDay().lastKey() : context.asOf();
        Model model = new Model(from, perDay, peak);
        String title = "Mentions of " + name + " over time";
        String caption = "Mentions of " + name + " per day in the briefing's articles, " + Formats.period(from, to) + ".";
        return ChartSpec.of(ChartKind.SPARKLINE, "mentions-" + stats.entity().id(), title, caption,
                alt(name, perDay, from, peak, total), asOf, sources, table.build(), WIDTH, HEIGHT, "", model,
                this::draw);
    }

    private static String alt(String name, List<Integer> perDay, LocalDate from, int peak, int total) {
        long days = perDay.stream().filter(count -> count > 0).count();
        String peakDay = Formats.shortDay(from.plusDays(peak));
        if (days == 1) {
            String all = total == 1 ? "The one mention of " + name + " is"
                    : (total == 2 ? "Both" : "All " + total) + " mentions of " + name + " are";
            return all
                    + " from " + peakDay + ".";
        }
        return "Mentions of " + name + " peaked on " + peakDay + " (" + perDay.get(peak) + " of " + total + "), across "
                + days + " of " + perDay.size() + " days.";
    }

    private JFreeChart draw(Model model) {
        XYSeries mentions = new XYSeries("Mentions", false, false);
        for (int i = 0; i < model.perDay().size(); i++) {
            mentions.add(i, model.perDay().get(i));
        }
        XYSeries peak = new XYSeries("Peak", false, false);
        peak.add(model.peakIndex(), model.perDay().get(model.peakIndex()));
        XYAreaRenderer area = new XYAreaRenderer(XYAreaRenderer.AREA);
        area.setOutline(true);
        area.setSeriesPaint(0, new Color(Palette.LIGHT.getRed(), Palette.LIGHT.getGreen(), Palette.LIGHT.getBlue(), 110));
        area.setSeriesOutlinePaint(0, Palette.DARK);
        area.setSeriesOutlineStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        NumberAxis x = new NumberAxis();
        x.setRange(-0.5, Math.max(0.5, model.perDay().size() - 0.5));
        x.setVisible(false);
        NumberAxis y = new NumberAxis();
        int max = model.perDay().stream().mapToInt(Integer::intValue).max().orElse(1);
        y.setRange(0, Math.max(1, max) * 1.25);
        y.setVisible(false);
        XYPlot plot = new XYPlot(new XYSeriesCollection(mentions), x, y, area);
        XYLineAndShapeRenderer dot = new XYLineAndShapeRenderer(false, true);
        dot.setSeriesPaint(0, Palette.DARK);
        dot.setSeriesShape(0, Palette.marker(0, 5));
        plot.setDataset(1, new XYSeriesCollection(peak));
        plot.setRenderer(1, dot);
        plot.setBackgroundPaint(Palette.BACKGROUND);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setInsets(new RectangleInsets(2, 2, 1, 2));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(Palette.BACKGROUND);
        chart.setBorderVisible(false);
        chart.setPadding(RectangleInsets.ZERO_INSETS);
        chart.setAntiAlias(true);
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        return chart;
    }
}
