package io.sitrep.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

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
     * The {@code max} first items in {@code order}, in that order, ties kept in list order: what a
     * stable sort and the first {@code max} would give, without sorting the whole list (a month of
     * the timeline holds thousands of events at 10,000 articles, and shows 200).
     */
    static <T> List<T> smallest(List<T> items, Comparator<? super T> order, int max) {
        if (max <= 0) {
            return List.of();
        }
        Comparator<Integer> byOrder = (i, j) -> {
            int c = order.compare(items.get(i), items.get(j));
            return c != 0 ? c : Integer.compare(i, j);
        };
        PriorityQueue<Integer> kept = new PriorityQueue<>(max + 1, byOrder.reversed()); // the worst kept on top
        for (int i = 0; i < items.size(); i++) {
            if (kept.size() < max) {
                kept.add(i);
            } else if (byOrder.compare(i, kept.peek()) < 0) {
                kept.poll();
                kept.add(i);
            }
        }
        List<Integer> places = new ArrayList<>(kept);
        places.sort(byOrder);
        List<T> out = new ArrayList<>(places.size());
        places.forEach(i -> out.add(items.get(i)));
        return out;
    }

    /** The last {@code max} items. */
    static <T> List<T> last(List<T> items, int max) {
        return items.size() <= max ? items : List.copyOf(items.subList(items.size() - max, items.size()));
    }
}
