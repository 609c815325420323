package io.sitrep.render.view;

import java.util.List;

/** Models of the machine-read files: the Atom feed and the sitemap. */
public final class Feeds {

    private Feeds() {
    }

    /**
     * @param base    the site's absolute address ending in "/", or "" when unknown (links are
     *                then relative to the feed)
     * @param updated the newest entry's time: a build of the same articles gives the same feed
     */
    public record Feed(String id, String title, String subtitle, String base, String updated, List<Entry> entries) {
        public Feed {
            entries = List.copyOf(entries);
        }
    }

    /** One article in the feed; {@code id} is stable across builds and hosts. */
    public record Entry(String id, String title, String path, String updated, String source, String author,
                        String summary, List<String> tags) {
        public Entry {
            tags = List.copyOf(tags);
        }
    }

    /**
     * @param lastmod by path, the date (W3C date) its content last changed: an article page its
     *                article's date, the other pages the newest article's
     */
    public record Sitemap(String base, List<String> paths, java.util.SortedMap<String, String> lastmod) {
        public Sitemap {
            paths = List.copyOf(paths);
            lastmod = new java.util.TreeMap<>(lastmod);
        }

        public Sitemap(String base, List<String> paths) {
            this(base, paths, new java.util.TreeMap<>());
        }
    }
}
