package io.sitrep.render.pdf;

import java.util.Arrays;
import java.util.Objects;

/**
 * One chart as the printed briefing takes it: the chart stage's output adapted to this record.
 * Either picture may be missing or broken; the briefing then uses the other one, or prints the
 * caption alone.
 *
 * @param number  the figure number printed in the caption ("Figure 2")
 * @param title   short title
 * @param caption what the chart shows and where its numbers come from
 * @param altText what a screen reader says instead of the picture
 * @param svg     the chart as an SVG document, or null
 * @param png     the chart as a PNG (ideally at print resolution), or null
 */
public record PdfChart(int number, String title, String caption, String altText, String svg, byte[] png) {

    public PdfChart {
        Objects.requireNonNull(title, "title");
        caption = caption == null ? "" : caption;
        altText = altText == null || altText.isBlank() ? title : altText;
        png = png == null ? null : png.clone();
    }

    @Override
    public byte[] png() {
        return png == null ? null : png.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PdfChart c && number == c.number && title.equals(c.title) && caption.equals(c.caption)
                && altText.equals(c.altText) && Objects.equals(svg, c.svg) && Arrays.equals(png, c.png);
    }

    @Override
    public int hashCode() {
        return Objects.hash(number, title, caption, altText, svg) * 31 + Arrays.hashCode(png);
    }

    @Override
    public String toString() {
        return "PdfChart[" + number + " " + title + (svg == null ? "" : ", svg") + (png == null ? "" : ", png") + "]";
    }
}
