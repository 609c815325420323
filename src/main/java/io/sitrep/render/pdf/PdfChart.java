package io.sitrep.render.pdf;

import java.awt.Graphics2D;
import java.util.Arrays;
import java.util.Objects;

/**
 * One chart as the printed briefing takes it: the chart stage's output adapted to this record.
 * The briefing prints the drawing when there is one (vectors, drawn straight onto the page),
 * else the SVG, else the PNG; any of them may be missing or broken, and the next one is used,
 * or the caption is printed alone.
 *
 * @param number  the figure number printed in the caption ("Figure 2")
 * @param title   short title
 * @param caption what the chart shows and where its numbers come from
 * @param altText what a screen reader says instead of the picture
 * @param svg     the chart as an SVG document, or null
 * @param png     the chart as a PNG (ideally at print resolution), or null
 * @param drawing the chart as something that draws itself onto a {@link Graphics2D}, or null
 */
public record PdfChart(int number, String title, String caption, String altText, String svg, byte[] png,
                       Drawing drawing) {

    /**
     * A chart that draws itself as vectors. Drawing must not change it: the PDF may draw it
     * more than once, and from another thread than the one that made it.
     */
    public interface Drawing {

        /** Width of the drawing area in the drawing's own units; the print keeps the aspect ratio. */
        int width();

        int height();

        /** Equal keys mean identical drawings: the key stands for the drawing in the PDF's fingerprint. */
        String key();

        /** Draws into the area (0, 0, {@link #width()}, {@link #height()}) of the graphics. */
        void draw(Graphics2D graphics);
    }

    public PdfChart {
        Objects.requireNonNull(title, "title");
        caption = caption == null ? "" : caption;
        altText = altText == null || altText.isBlank() ? title : altText;
        png = png == null ? null : png.clone();
    }

    /** A chart with pictures only, no drawing. */
    public PdfChart(int number, String title, String caption, String altText, String svg, byte[] png) {
        this(number, title, caption, altText, svg, png, null);
    }

    @Override
    public byte[] png() {
        return png == null ? null : png.clone();
    }

    /** The same chart without its drawing, printed from its pictures. */
    PdfChart withoutDrawing() {
        return new PdfChart(number, title, caption, altText, svg, png, null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PdfChart c && number == c.number && title.equals(c.title) && caption.equals(c.caption)
                && altText.equals(c.altText) && Objects.equals(svg, c.svg) && Arrays.equals(png, c.png)
                && Objects.equals(drawing == null ? null : drawing.key(), c.drawing == null ? null : c.drawing.key());
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, title, caption, altText, svg, drawing == null ? null : drawing.key()) * 31
                + Arrays.hashCode(png);
    }

    @Override
    public String toString() {
        return "PdfChart[" + number + " " + title + (drawing == null ? "" : ", drawing") + (svg == null ? "" : ", svg")
                + (png == null ? "" : ", png") + "]";
    }
}
