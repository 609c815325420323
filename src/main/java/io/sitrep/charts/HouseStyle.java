package io.sitrep.charts;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.RenderingHints;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;

/**
 * The one look of every chart: the shipped DejaVu Sans font at fixed sizes, white ground,
 * light grid, left-aligned title, legend and source note at the bottom. Sizes are in SVG user
 * units for a 480-unit-wide chart, chosen so tick labels stay about 10 px high when the chart is shown 360 px wide.
 * Changing anything here must change {@link #VERSION}, which is part of every chart's hash.
 */
public final class HouseStyle {

    /**
     * Part of every chart's content hash: bump it whenever the look, or the bytes the same look
     * is written as, change (3: PNGs encoded by {@link PngEncoder}), so that no cached drawing
     * from an older version is reused.
     */
    public static final String VERSION = "house-style-3";

    /** The font family as SVG text should ask for it, with fallbacks of similar width. */
    public static final String CSS_FONT_FAMILY = "'DejaVu Sans','Bitstream Vera Sans',Verdana,sans-serif";

    static final float TITLE_SIZE = 17f;
    static final float LABEL_SIZE = 14f;
    static final float TICK_SIZE = 13f;
    static final float NOTE_SIZE = 12f;

    /** Wider tick label insets make JFreeChart pick fewer, rounder ticks (about five per axis). */
    private static final RectangleInsets SPACIOUS_TICKS = new RectangleInsets(7, 4, 7, 4);

    /**
     * The two faces, loaded once per thread that draws. Java2D keeps glyph metrics per font file
     * in lazily made "strikes", and {@code FileFontStrike.getFontMetrics()} publishes a strike's
     * metrics before it converts them from device to user space; a second thread that measures
     * text with the same font, size and transform in that moment gets metrics twice too large
     * (seen once, in a cold build: a PNG whose title was measured two lines high, so its plot was
     * 20 units shorter). Fonts loaded by each thread have strikes of their own.
     *
     * <p>Static: the fonts never change, and one per thread for the life of the JVM keeps a
     * long {@code serve} from loading them again in its pool threads for every build (each load
     * is a 1.4 MB temporary file, and Java refuses new fonts past 320 MB of them).
     */
    private static final ThreadLocal<Faces> FACES = ThreadLocal.withInitial(Faces::load);

    private record Faces(Font regular, Font bold) {
        static Faces load() {
            return new Faces(HouseStyle.load("/io/sitrep/fonts/DejaVuSans.ttf"),
                    HouseStyle.load("/io/sitrep/fonts/DejaVuSans-Bold.ttf").deriveFont(Font.BOLD));
        }
    }

    public HouseStyle() {
        // JFreeChart draws rotated text (vertical axis labels, vertical tick labels) through
        // TextLayout by default, a workaround for a JDK 1.4 bug; SVGGraphics2D turns that into
        // glyph outlines. Plain drawString keeps it as <text>, and draws correctly on Java 17.
        // The flag is JFreeChart's own static setting; setting it is idempotent.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
        FACES.get(); // a missing or broken font fails here, not in a drawing thread
    }

    private static Font load(String resource) {
        try (InputStream in = HouseStyle.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the jar: " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("bad font " + resource, e);
        }
    }

    /** The calling thread's own two faces. */
    static Object facesOfThisThread() {
        return FACES.get();
    }

    /** The regular face at {@code size}, of the calling thread's own fonts. */
    Font font(float size) {
        return FACES.get().regular().deriveFont(size);
    }

    Font boldFont(float size) {
        return FACES.get().bold().deriveFont(Font.BOLD, size);
    }

    /**
     * Wraps {@code plot} in a chart with the house title, legend (when {@code legend}) and a
     * source note under everything.
     */
    JFreeChart chart(String title, Plot plot, boolean legend, String note) {
        JFreeChart chart = new JFreeChart(null, boldFont(TITLE_SIZE), plot, legend);
        chart.setBackgroundPaint(Palette.BACKGROUND);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(6, 8, 6, 12));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        chart.getRenderingHints().put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        if (title != null && !title.isEmpty()) {
            chart.setTitle(new TextTitle(title, boldFont(TITLE_SIZE), Palette.TEXT, RectangleEdge.TOP,
                    HorizontalAlignment.LEFT, VerticalAlignment.TOP, new RectangleInsets(2, 2, 8, 2)));
        }
        if (legend) {
            LegendTitle legendTitle = chart.getLegend();
            legendTitle.setItemFont(font(TICK_SIZE));
            legendTitle.setItemPaint(Palette.TEXT);
            legendTitle.setFrame(BlockBorder.NONE);
            legendTitle.setBackgroundPaint(Palette.BACKGROUND);
            legendTitle.setPosition(RectangleEdge.BOTTOM);
            legendTitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
            legendTitle.setItemLabelPadding(new RectangleInsets(2, 3, 2, 10));
            legendTitle.setMargin(new RectangleInsets(4, 0, 0, 0));
        }
        if (note != null && !note.isEmpty()) {
            TextTitle noteTitle = new TextTitle(note, font(NOTE_SIZE), Palette.MUTED_TEXT, RectangleEdge.BOTTOM,
                    HorizontalAlignment.LEFT, VerticalAlignment.BOTTOM, new RectangleInsets(6, 2, 0, 2));
            chart.addSubtitle(0, noteTitle);
        }
        return chart;
    }

    void style(XYPlot plot) {
        stylePlot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    void style(CategoryPlot plot) {
        stylePlot(plot);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(0.8f));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    private static void stylePlot(Plot plot) {
        plot.setBackgroundPaint(Palette.BACKGROUND);
        plot.setOutlineVisible(false);
        plot.setInsets(new RectangleInsets(4, 2, 2, 6));
        plot.setNoDataMessage("No data");
    }

    /** Applies fonts and colours to any axis. */
    <A extends Axis> A style(A axis) {
        axis.setLabelFont(font(LABEL_SIZE));
        axis.setLabelPaint(Palette.TEXT);
        axis.setTickLabelFont(font(TICK_SIZE));
        axis.setTickLabelPaint(Palette.TEXT);
        axis.setAxisLinePaint(Palette.AXIS);
        axis.setTickMarkPaint(Palette.AXIS);
        axis.setTickMarkOutsideLength(3f);
        axis.setTickMarkInsideLength(0f);
        axis.setLabelInsets(new RectangleInsets(4, 4, 4, 4));
        return axis;
    }

    /**
     * A time axis over whole days {@code from..to} (half a day of margin each side), in UTC
     * with English month names, ticked from the first day of the period.
     */
    DateAxis dateAxis(String label, LocalDate from, LocalDate to) {
        return style(new DayAxis(label, from, to));
    }

    /** "Date (2020)" when the period lies in one year, else "Date". */
    static String dateLabel(String what, LocalDate from, LocalDate to) {
        return from.getYear() == to.getYear() ? what + " (" + from.getYear() + ")" : what;
    }

    /** A value axis from zero for reported numbers: compact ticks ("800K"). */
    NumberAxis valueAxis(String label) {
        NumberAxis axis = style(new NumberAxis(label));
        axis.setStandardTickUnits(NumberAxis.createStandardTickUnits(Formats.LOCALE));
        axis.setNumberFormatOverride(Formats.compactNumbers());
        axis.setTickLabelInsets(SPACIOUS_TICKS);
        axis.setAutoRangeIncludesZero(true);
        axis.setUpperMargin(0.12);
        return axis;
    }

    /** A value axis from zero for counts: whole-number ticks only. */
    NumberAxis countAxis(String label) {
        NumberAxis axis = style(new NumberAxis(label));
        axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Formats.LOCALE));
        axis.setNumberFormatOverride(Formats.integers());
        axis.setTickLabelInsets(SPACIOUS_TICKS);
        axis.setAutoRangeIncludesZero(true);
        axis.setUpperMargin(0.12);
        return axis;
    }

    /** Hides everything of an axis but keeps its range, for sparklines. */
    static void hide(ValueAxis axis) {
        axis.setVisible(false);
    }
}
