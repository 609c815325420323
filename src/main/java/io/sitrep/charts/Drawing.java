package io.sitrep.charts;

import java.util.Arrays;

/**
 * A chart drawn both ways: SVG text for pages, PNG bytes for the PDF and link previews.
 *
 * @param svg the SVG document, without XML prolog, usable inline or as a file
 * @param png the PNG file, at twice the chart's size
 */
public record Drawing(String svg, byte[] png) {

    public Drawing {
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Drawing other && svg.equals(other.svg) && Arrays.equals(png, other.png);
    }

    @Override
    public int hashCode() {
        return 31 * svg.hashCode() + Arrays.hashCode(png);
    }

    @Override
    public String toString() {
        return "Drawing[svg=" + svg.length() + " chars, png=" + png.length + " bytes]";
    }
}
