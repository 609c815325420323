package io.sitrep.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Colours, marker shapes and dash patterns of the house style. Categorical colours are the
 * Okabe-Ito palette, safe for the common colour-vision deficiencies; since several of them
 * share a grey level, every series also gets its own marker shape and dash pattern, so charts
 * survive grayscale printing. The sequential scale for the heat map is ColorBrewer "Blues",
 * whose lightness falls monotonically.
 */
final class Palette {

    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color MUTED_TEXT = new Color(0x55, 0x55, 0x55);
    static final Color AXIS = new Color(0x66, 0x66, 0x66);
    static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    static final Color BACKGROUND = Color.WHITE;
    static final Color HEADLINE = new Color(0x22, 0x22, 0x22);

    /** Okabe-Ito, ordered so the first colours differ most; yellow last (weak on white). */
    private static final List<Color> CATEGORICAL = List.of(
            new Color(0x00, 0x72, 0xB2), // blue
            new Color(0xD5, 0x5E, 0x00), // vermillion
            new Color(0x00, 0x9E, 0x73), // bluish green
            new Color(0xCC, 0x79, 0xA7), // reddish purple
            new Color(0xE6, 0x9F, 0x00), // orange
            new Color(0x56, 0xB4, 0xE9), // sky blue
            new Color(0x00, 0x00, 0x00), // black
            new Color(0xF0, 0xE4, 0x42)); // yellow

    /** Two tones of one hue that differ in lightness, for two-way splits (dark, light). */
    static final Color DARK = CATEGORICAL.get(0);
    static final Color LIGHT = CATEGORICAL.get(5);

    private static final List<Color> BLUES = List.of(
            new Color(0xF7, 0xFB, 0xFF), new Color(0xDE, 0xEB, 0xF7), new Color(0xC6, 0xDB, 0xEF),
            new Color(0x9E, 0xCA, 0xE1), new Color(0x6B, 0xAE, 0xD6), new Color(0x42, 0x92, 0xC6),
            new Color(0x21, 0x71, 0xB5), new Color(0x08, 0x51, 0x9C), new Color(0x08, 0x30, 0x6B));

    private static final float[][] DASHES = {
            null, {6f, 3f}, {1.5f, 2.5f}, {7f, 3f, 1.5f, 3f}, {12f, 4f}, {3f, 3f}};

    private Palette() {
    }

    static int categoricalSize() {
        return CATEGORICAL.size();
    }

    static Color categorical(int index) {
        return CATEGORICAL.get(Math.floorMod(index, CATEGORICAL.size()));
    }

    /** Colour {@code step} of {@code steps} on the sequential scale, 0 lightest. */
    static Color sequential(int step, int steps) {
        if (steps <= 1) {
            return BLUES.get(BLUES.size() - 1);
        }
        int index = Math.round((float) step * (BLUES.size() - 1) / (steps - 1));
        return BLUES.get(Math.max(0, Math.min(BLUES.size() - 1, index)));
    }

    static int sequentialSize() {
        return BLUES.size();
    }

    /** Black or white, whichever reads better on {@code background}. */
    static Color textOn(Color background) {
        double luminance = (0.2126 * background.getRed() + 0.7152 * background.getGreen()
                + 0.0722 * background.getBlue()) / 255.0;
        return luminance < 0.5 ? Color.WHITE : TEXT;
    }

    /** A line of the house width with dash pattern {@code index}. */
    static Stroke line(int index, float width) {
        float[] dash = DASHES[Math.floorMod(index, DASHES.length)];
        if (dash == null) {
            return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        float[] scaled = new float[dash.length];
        for (int i = 0; i < dash.length; i++) {
            scaled[i] = dash[i] * width;
        }
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, scaled, 0f);
    }

    /**
     * Marker shape {@code index}, centred on the origin, about {@code size} across: circle,
     * square, triangle up, diamond, triangle down, cross. A new shape each call (shapes are
     * mutable).
     */
    static Shape marker(int index, double size) {
        double h = size / 2;
        return switch (Math.floorMod(index, 6)) {
            case 0 -> new Ellipse2D.Double(-h, -h, size, size);
            case 1 -> new Rectangle2D.Double(-h * 0.9, -h * 0.9, size * 0.9, size * 0.9);
            case 2 -> polygon(0, -h * 1.15, h * 1.1, h * 0.8, -h * 1.1, h * 0.8);
            case 3 -> polygon(0, -h * 1.25, h * 1.25, 0, 0, h * 1.25, -h * 1.25, 0);
            case 4 -> polygon(-h * 1.1, -h * 0.8, h * 1.1, -h * 0.8, 0, h * 1.15);
            default -> cross(h * 1.1, h * 0.38);
        };
    }

    private static Shape polygon(double... xy) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }

    private static Shape cross(double arm, double half) {
        return polygon(-half, -arm, half, -arm, half, -half, arm, -half, arm, half, half, half,
                half, arm, -half, arm, -half, half, -arm, half, -arm, -half, -half, -half);
    }
}
