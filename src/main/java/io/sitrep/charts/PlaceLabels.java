package io.sitrep.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;

/**
 * Names next to the places' circles, placed greedily in the order given (most mentioned
 * first): right, left, above, below, then the diagonals, at the first spot that overlaps no
 * earlier label, no other circle and stays inside the plot; a label that fits nowhere is left
 * out (every place is in the data table). Written by hand because JFreeChart's item labels do
 * not avoid collisions; it needs the axes' pixel transform, so it is an annotation drawn with
 * the plot.
 */
final class PlaceLabels extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;
    private static final double GAP = 3;
    private static final Color HALO = new Color(255, 255, 255, 200);

    /** A label for the circle of {@code radius} user units at ({@code x}, {@code y}) in data units. */
    record Label(String text, double x, double y, double radius) {
    }

    private final List<Label> labels;
    private final Font font;

    PlaceLabels(List<Label> labels, Font font) {
        this.labels = List.copyOf(labels);
        this.font = font;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        g2.setFont(font);
        FontMetrics metrics = g2.getFontMetrics(font);
        List<Rectangle2D> circles = new ArrayList<>();
        for (Label label : labels) {
            double cx = domainAxis.valueToJava2D(label.x(), dataArea, plot.getDomainAxisEdge());
            double cy = rangeAxis.valueToJava2D(label.y(), dataArea, plot.getRangeAxisEdge());
            circles.add(new Rectangle2D.Double(cx - label.radius(), cy - label.radius(), 2 * label.radius(),
                    2 * label.radius()));
        }
        double height = metrics.getAscent() + metrics.getDescent();
        double[] widths = labels.stream().mapToDouble(label -> metrics.stringWidth(label.text())).toArray();
        List<Rectangle2D> spots = layout(circles, widths, height, dataArea);
        for (int i = 0; i < labels.size(); i++) {
            Rectangle2D spot = spots.get(i);
            if (spot == null) {
                continue;
            }
            g2.setPaint(HALO);
            g2.fill(new Rectangle2D.Double(spot.getX() - 1, spot.getY(), spot.getWidth() + 2, spot.getHeight()));
            g2.setPaint(Palette.TEXT);
            g2.drawString(labels.get(i).text(), (float) spot.getX(), (float) (spot.getY() + metrics.getAscent()));
        }
    }

    /**
     * Where each label goes, in order, or null where none fits: the first candidate spot
     * around its circle that stays in {@code area}, overlaps no earlier label and no other circle.
     */
    static List<Rectangle2D> layout(List<Rectangle2D> circles, double[] widths, double height, Rectangle2D area) {
        List<Rectangle2D> placed = new ArrayList<>();
        List<Rectangle2D> spots = new ArrayList<>();
        for (int i = 0; i < circles.size(); i++) {
            Rectangle2D spot = firstFreeSpot(circles.get(i), widths[i], height, area, placed, circles, i);
            if (spot != null) {
                placed.add(spot);
            }
            spots.add(spot);
        }
        return spots;
    }

    private static Rectangle2D firstFreeSpot(Rectangle2D circle, double width, double height, Rectangle2D area,
                                             List<Rectangle2D> placed, List<Rectangle2D> circles, int own) {
        double cx = circle.getCenterX();
        double cy = circle.getCenterY();
        double r = circle.getWidth() / 2;
        double[][] corners = {
                {cx + r + GAP, cy - height / 2},
                {cx - r - GAP - width, cy - height / 2},
                {cx - width / 2, cy - r - GAP - height},
                {cx - width / 2, cy + r + GAP},
                {cx + r * 0.7 + GAP, cy - r * 0.7 - height},
                {cx - r * 0.7 - GAP - width, cy - r * 0.7 - height},
                {cx + r * 0.7 + GAP, cy + r * 0.7},
                {cx - r * 0.7 - GAP - width, cy + r * 0.7}};
        for (double[] corner : corners) {
            Rectangle2D spot = new Rectangle2D.Double(corner[0], corner[1], width, height);
            if (area.contains(spot) && free(spot, placed, circles, own)) {
                return spot;
            }
        }
        return null;
    }

    private static boolean free(Rectangle2D spot, List<Rectangle2D> placed, List<Rectangle2D> circles, int own) {
        for (Rectangle2D other : placed) {
            if (other.intersects(spot)) {
                return false;
            }
        }
        for (int i = 0; i < circles.size(); i++) {
            if (i != own && circles.get(i).intersects(spot)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlaceLabels other && labels.equals(other.labels) && font.equals(other.font);
    }

    @Override
    public int hashCode() {
        return labels.hashCode();
    }
}
