package io.sitrep.render.view;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.List;

/**
 * The pieces page models are made of. Paths are relative to the site root (templates prefix
 * them with the page's {@code root}); text is plain and escaped by the templates.
 */
public final class Parts {

    private Parts() {
    }

    /** What every page has: its path, the way back to the root, its title and section. */
    public record Frame(String path, String root, String title, String description, String section) {
    }

    /** A date as machines ({@code iso}, for {@code datetime}) and people ({@code text}) read it. */
    public record Day(String iso, String text) {

        private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

        private static final String[] MONTHS = java.util.Arrays.stream(java.time.Month.values())
                .map(m -> m.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)).toArray(String[]::new);

        public static Day of(LocalDate date) {
            return date == null ? null : new Day(date.toString(), human(date));
        }

        /** "5 February 2020"; put together by hand for four-digit years (the formatter was 1.5 % of a rebuild). */
        static String human(LocalDate date) {
            int year = date.getYear();
            if (year < 1000 || year > 9999) {
                return date.format(HUMAN);
            }
            return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + year;
        }
    }

    /** How many times something happened on one day. */
    public record DayCount(Day day, int count) {
    }

    /** A link with a count: an entity, a source, a tag, a day. */
    public record Ref(String name, String path, int count) {
    }

    /** An article in a list. */
    public record ArticleRef(String slug, String title, String path, String source, String sourcePath,
                             Day date, String summary, List<Ref> tags) {
        public ArticleRef {
            tags = List.copyOf(tags);
        }
    }

    /** One reported number, with where it comes from. */
    public record ClaimView(String value, String surface, String measure, String qualifier, String group,
                            String actor, String seriesId, String source, Day date, String sentence,
                            String anchor, String articleTitle) {
    }

    /** The value a series leads with. */
    public record HeadlineView(String seriesId, String label, String measure, String value, String range,
                               Day asOf, List<String> sources, String anchor, boolean conflicting) {
        public HeadlineView {
            sources = List.copyOf(sources);
        }
    }

    /** The latest value one source reported for a series. */
    public record SourceValue(String source, String value) {
    }

    /** A quotation, linked to its sentence. */
    public record QuoteView(String speaker, String speakerPath, String text, boolean fragment, String anchor,
                            String articleTitle, String source, Day date) {
    }

    /** A dated event, linked to its sentence. */
    public record DateView(String text, String value, Day date, String precision, String sentence,
                           String anchor, String articleTitle, String source) {
    }

    /** A chart with everything needed to read it without the picture. */
    public record ChartView(String id, String title, String caption, String alt, String svg, String png,
                            DataTable table, String csv, String json, int width, int height) {
    }

    /** The numbers behind a chart; {@code total} rows in all, more than {@code rows} when the page shows only the last. */
    public record DataTable(List<String> headers, List<List<String>> rows, int total) {
        public DataTable {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }

        public DataTable(List<String> headers, List<List<String>> rows) {
            this(headers, rows, rows.size());
        }
    }

    /**
     * A named group of items, for pages grouped by month, speaker or type.
     *
     * @param total how many items there are in all; more than {@code items} when the page shows only some
     */
    public record Group<T>(String name, String id, List<T> items, int total) {
        public Group {
            items = List.copyOf(items);
        }

        public Group(String name, String id, List<T> items) {
            this(name, id, items, items.size());
        }
    }

    /** A change since the previous build: text, and the page it links to (null for a removed article). */
    public record Change(String text, String path) {
    }
}
