package io.sitrep.render;

import java.util.Arrays;
import java.util.List;

/**
 * How much of a long list a page shows. At 10,000 articles the pages that list every figure,
 * event or quote ran to tens of megabytes: no reader scrolls them, browsers choke on them. A
 * capped list shows the latest items, says how many there are in all, and points to the data
 * file that has every one ({@code data/*.json}, {@code data/*.csv}). Below the caps nothing
 * changes; the default briefing is far below them.
 */
final class Caps {

    /** Articles listed on an entity's page (newest first). */
    static final int ENTITY_ARTICLES = 100;
    /** Quotes on an entity's page, and per speaker on the quotes page (latest). */
    static final int QUOTES = 50;
    /** Figures on an entity's page, and reports per series on the figures page (latest). */
    static final int CLAIMS = 100;
    /** Events per month (or year) on the timeline: those the latest articles report. */
    static final int EVENTS_PER_GROUP = 200;
    /** Rows of the data table under a chart (the last ones). */
    static final int TABLE_ROWS = 100;

    private Caps() {
    }

    /** The first {@code max} items. */
    static <T> List<T> first(List<T> items, int max) {
        return items.size() <= max ? items : List.copyOf(items.subList(0, max));
    }

    /**
     * Which items are the {@code max} first by {@code keys}, ties kept in list order: what a stable
     * sort and the first {@code max} would give. Keys are plain numbers so that no comparator
     * runs per comparison: a month of the timeline holds tens of thousands of events at 10,000
     * articles and shows 200, and choosing them through a comparator over the items was 5 % of a
     * {@code serve} rebuild's CPU samples.
     *
     * @return for each item, whether it is one of them
     */
    static boolean[] smallest(long[] keys, int max) {
        boolean[] chosen = new boolean[keys.length];
        if (max <= 0) {
            return chosen;
        }
        if (keys.length <= max) {
            Arrays.fill(chosen, true);
            return chosen;
        }
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        long last = sorted[max - 1]; // the greatest key chosen; of the items with it, the first ones
        int ties = max;
        for (long k : keys) {
            if (k < last) {
                ties--;
            }
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] < last || keys[i] == last && ties-- > 0) {
                chosen[i] = true;
            }
        }
        return chosen;
    }

    /** The last {@code max} items. */
    static <T> List<T> last(List<T> items, int max) {
        return items.size() <= max ? items : List.copyOf(items.subList(items.size() - max, items.size()));
    }
}
