package io.sitrep.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A chart planned but not drawn into files yet: everything a page shows about it (texts, data
 * table, the paths its files will have) and what the printed briefing needs to draw it itself,
 * straight onto its page as vectors, with no SVG in between. Each {@link #draw} builds its own
 * JFreeChart (a JFreeChart keeps state while it draws), so several threads may draw the same
 * chart at once.
 */
public final class PlannedChart {

    private final ChartSpec spec;
    private final int number;
    private final String caption;
    private final String hash;

    PlannedChart(ChartSpec spec, int number) {
        this.spec = spec;
        this.number = number;
        this.caption = ChartDrawer.caption(spec, number);
        this.hash = spec.hash();
    }

    ChartSpec spec() {
        return spec;
    }

    /** Its figure number, from 1; 0 for sparklines. */
    public int number() {
        return number;
    }

    public ChartKind kind() {
        return spec.kind();
    }

    public String id() {
        return spec.id();
    }

    public String title() {
        return spec.title();
    }

    /** The full caption, as {@link Chart#caption()} has it. */
    public String caption() {
        return caption;
    }

    public String altText() {
        return spec.altText();
    }

    /** Width in the units of the chart's SVG (CSS pixels at natural size). */
    public int width() {
        return spec.width();
    }

    public int height() {
        return spec.height();
    }

    /** The data, for the table under the chart. */
    public DataTable table() {
        return spec.table();
    }

    /** Where its files will be, as {@link Chart#svgPath()} and the others have it. */
    public String svgPath() {
        return Chart.pathOf(id(), "svg");
    }

    public String pngPath() {
        return Chart.pathOf(id(), "png");
    }

    public String csvPath() {
        return Chart.pathOf(id(), "csv");
    }

    public String jsonPath() {
        return Chart.pathOf(id(), "json");
    }

    /** The hash of everything the drawing depends on, as {@link Chart#hash()} has it. */
    public String hash() {
        return hash;
    }

    /** Draws the chart into the area (0, 0, {@link #width()}, {@link #height()}) of the graphics. */
    public void draw(Graphics2D graphics) {
        spec.draw().draw(graphics, new Rectangle2D.Double(0, 0, spec.width(), spec.height()));
    }

    @Override
    public String toString() {
        return "PlannedChart[" + id() + " #" + number + "]";
    }
}
