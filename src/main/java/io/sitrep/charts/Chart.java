package io.sitrep.charts;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One drawn chart with everything a page needs to show it accessibly: the picture in two
 * forms, a numbered caption, alt text that states the takeaway, and its data as a table, CSV
 * and JSON.
 *
 * @param id      file-name-safe and unique in the briefing ("figures-killed-turkey"); also the
 *                prefix of every {@code id} inside the SVG, so charts can be inlined together
 * @param kind    what kind of chart
 * @param number  its figure number in the briefing, from 1; 0 for sparklines, which are not
 *                numbered
 * @param title   short title (also drawn in the chart, except on sparklines)
 * @param caption full caption: "Figure 3. What is shown. As of 19 Feb 2020. Sources: A and B."
 * @param altText one or two sentences stating what the chart shows, with its numbers
 * @param asOf    the date of the latest data shown
 * @param sources the outlets the data come from, sorted
 * @param table   the data, for the table under the chart
 * @param csv     the table as CSV (header of column keys, raw values)
 * @param json    the chart's metadata and data as JSON
 * @param svg     the SVG: {@code viewBox}, {@code width="100%"}, no fixed height, text as text
 * @param png     the PNG, {@link #pngWidth()} × {@link #pngHeight()} pixels
 * @param width   the chart's width in SVG user units (CSS pixels at natural size)
 * @param height  the chart's height in SVG user units
 * @param hash    SHA-256 of everything the drawing depends on (data, texts, size, house
 *                style version): equal hashes mean identical SVG and PNG
 */
public record Chart(String id, ChartKind kind, int number, String title, String caption, String altText,
                    LocalDate asOf, List<String> sources, DataTable table, String csv, String json,
                    String svg, byte[] png, int width, int height, String hash) {

    /** The PNG is drawn at this multiple of the chart's size, for print and high-density screens. */
    public static final int PNG_SCALE = 2;

    public Chart {
        sources = List.copyOf(sources);
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    public int pngWidth() {
        return width * PNG_SCALE;
    }

    public int pngHeight() {
        return height * PNG_SCALE;
    }

    /** Where the site should put the SVG, relative to its root ("charts/coverage.svg"). */
    public String svgPath() {
        return path("svg");
    }

    public String pngPath() {
        return path("png");
    }

    public String csvPath() {
        return path("csv");
    }

    public String jsonPath() {
        return path("json");
    }

    private String path(String extension) {
        return pathOf(id, extension);
    }

    /** Where the site puts a chart's file of the given extension ("charts/coverage.svg"). */
    static String pathOf(String id, String extension) {
        return "charts/" + id + "." + extension;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Chart other && id.equals(other.id) && kind == other.kind && number == other.number
                && title.equals(other.title) && caption.equals(other.caption) && altText.equals(other.altText)
                && java.util.Objects.equals(asOf, other.asOf) && sources.equals(other.sources)
                && table.equals(other.table) && csv.equals(other.csv) && json.equals(other.json)
                && svg.equals(other.svg) && Arrays.equals(png, other.png) && width == other.width
                && height == other.height && hash.equals(other.hash);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(id, number, hash, caption);
    }

    @Override
    public String toString() {
        return "Chart[" + id + " #" + number + " " + width + "x" + height + " " + hash.substring(0, 12) + "]";
    }
}
