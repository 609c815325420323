package io.sitrep.changes;

import java.time.LocalDate;
import java.util.List;

/**
 * The changes one build brought, as kept in the history.
 *
 * @param number  the build's number, counting only builds that changed something
 * @param asOf    the newest article's date after the build, or null when there is none
 * @param added   new articles
 * @param changed articles whose file changed
 * @param removed articles no longer published (their path is null)
 * @param figures headline figures that moved, appeared or went away
 */
public record BuildRecord(int number, LocalDate asOf, List<Item> added, List<Item> changed, List<Item> removed,
                          List<Item> figures) {

    public BuildRecord {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
        figures = List.copyOf(figures);
    }

    /** One line of a change, with the page it links to (or null). */
    public record Item(String text, String path) {
    }

    boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty() && figures.isEmpty();
    }
}
