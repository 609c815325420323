package io.sitrep.render.pdf;

import java.util.List;

/**
 * What the print template {@code templates/print/briefing.ftlh} shows: every value already
 * formatted as text, every list possibly empty (the template then prints a short note instead).
 *
 * @param title      the briefing's title
 * @param subtitle   its subtitle, may be empty
 * @param language   the document language (BCP 47)
 * @param period     the period covered, as printed ("1 February 2020 – 29 February 2020"), may be empty
 * @param asOf       the date of the newest information, as printed, may be empty
 * @param articles   number of articles the briefing is built from
 * @param sources    number of distinct outlets
 * @param digested   number of articles digested (the latest ones): fewer than {@code articles}
 *                   when the briefing is too big to print whole; timeline and source list then
 *                   cover only those
 */
public record PrintModel(String title, String subtitle, String description, String language, String period,
                         String asOf, int articles, int sources, List<KeyFigure> keyFigures,
                         List<PrintChart> charts, List<TimelineEntry> timeline, List<Actor> actors,
                         List<Digest> digests, List<SourceEntry> sourceList, int digested) {

    public PrintModel {
        keyFigures = List.copyOf(keyFigures);
        charts = List.copyOf(charts);
        timeline = List.copyOf(timeline);
        actors = List.copyOf(actors);
        digests = List.copyOf(digests);
        sourceList = List.copyOf(sourceList);
    }

    /**
     * The headline value of one figure series.
     *
     * @param value      the headline value with its qualifier ("at least 14")
     * @param range      the range of the latest period's reports ("14–16"), empty when they agree
     * @param sources    the outlets that reported in that period, comma-separated
     * @param reports    number of reports in the series
     * @param conflicting whether the sources disagree
     */
    public record KeyFigure(String label, String value, String range, String asOf, String sources, int reports,
                            boolean conflicting) {
    }

    /**
     * A chart as printed: its picture is an SVG (inserted into the page after templating, in the
     * element whose {@code data-svg-slot} is {@code svgSlot}), a PNG data URI, or none.
     */
    public record PrintChart(int number, String title, String caption, String altText, String svgSlot,
                             String pngDataUri, double widthMm, double heightMm) {

        /** The picture's printed size as a CSS declaration. */
        public String size() {
            return String.format(java.util.Locale.ROOT, "width: %.1fmm; height: %.1fmm", widthMm, heightMm);
        }

        public boolean hasPicture() {
            return svgSlot != null || pngDataUri != null;
        }
    }

    /** One dated event: the date as resolved, the words as written, the sentence and its source. */
    public record TimelineEntry(String date, String expression, String sentence, String source,
                                String articleTitle, String articleDate, String digestId) {
    }

    /** One of the main actors. */
    public record Actor(String name, String type, int mentions, int articles, int quotes) {
    }

    /** The digest of one article. */
    public record Digest(String id, String date, String source, String title, String author, String summary,
                         List<String> figures, String url) {

        public Digest {
            figures = List.copyOf(figures);
        }
    }

    /** One article in the source list. */
    public record SourceEntry(String source, String title, String date, String url) {
    }
}
