package io.sitrep.changes;

import io.sitrep.aggregate.Briefing;
import io.sitrep.changes.Snapshot.ArticleState;
import io.sitrep.changes.Snapshot.FigureState;
import io.sitrep.render.view.Pages;
import io.sitrep.render.view.Parts;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Compares a build with the previous one: new, changed and removed articles, and headline
 * figures that moved ("displaced: 800,000 → 900,000, Rudaw, 19 Feb"). A build that changes
 * nothing gives back the previous history itself, so nothing is written.
 */
public final class ChangeTracker {

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /** The history after {@code briefing}: {@code previous} when nothing changed, else one more build. */
    public History next(History previous, Briefing briefing) {
        Snapshot now = Snapshot.of(briefing);
        if (previous == null) {
            return new History(History.FORMAT, 1, now, List.of()); // the first build: nothing to compare with
        }
        if (previous.snapshot().equals(now)) {
            return previous;
        }
        BuildRecord record = compare(previous.lastNumber() + 1, previous.snapshot(), now, briefing.to());
        List<BuildRecord> builds = new ArrayList<>();
        if (!record.isEmpty()) {
            builds.add(record);
        }
        builds.addAll(previous.builds());
        int number = record.isEmpty() ? previous.lastNumber() : record.number();
        return new History(History.FORMAT, number, now, builds.subList(0, Math.min(builds.size(), History.KEPT)));
    }

    static BuildRecord compare(int number, Snapshot before, Snapshot after, LocalDate asOf) {
        List<BuildRecord.Item> added = new ArrayList<>();
        List<BuildRecord.Item> changed = new ArrayList<>();
        List<BuildRecord.Item> removed = new ArrayList<>();
        for (Map.Entry<String, ArticleState> e : after.articles().entrySet()) {
            ArticleState old = before.articles().get(e.getKey());
            if (old == null) {
                added.add(new BuildRecord.Item(describe(e.getValue()), e.getValue().path()));
            } else if (!old.equals(e.getValue())) {
                changed.add(new BuildRecord.Item(describe(e.getValue()), e.getValue().path()));
            }
        }
        before.articles().forEach((slug, old) -> {
            if (!after.articles().containsKey(slug)) {
                removed.add(new BuildRecord.Item(describe(old), null));
            }
        });
        List<BuildRecord.Item> figures = new ArrayList<>();
        TreeSet<String> ids = new TreeSet<>(before.figures().keySet());
        ids.addAll(after.figures().keySet());
        for (String id : ids) {
            FigureState old = before.figures().get(id);
            FigureState now = after.figures().get(id);
            if (now == null) {
                figures.add(new BuildRecord.Item(old.label() + ": " + number(old.value()) + " → no longer reported",
                        null));
            } else if (old == null || !sameValue(old.value(), now.value())) {
                figures.add(new BuildRecord.Item(now.label() + ": " + (old == null ? "new" : number(old.value()))
                        + " → " + number(now.value()) + ", " + now.source()
                        + (now.asOf() == null ? "" : ", " + now.asOf().format(SHORT)), now.anchor()));
            }
        }
        return new BuildRecord(number, asOf, added, changed, removed, figures);
    }

    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String describe(ArticleState a) {
        return a.title() + " (" + a.source() + ", " + a.date() + ")";
    }

    static String number(BigDecimal value) {
        if (value == null) {
            return "an unstated number";
        }
        return new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
    }

    /** The changes page's model: every build of the history, newest first. */
    public static Pages.ChangesPage view(History history) {
        if (history == null) {
            return Pages.ChangesPage.none();
        }
        List<Pages.BuildChanges> builds = new ArrayList<>();
        for (BuildRecord b : history.builds()) {
            builds.add(new Pages.BuildChanges("build-" + b.number(), "Build " + b.number(), Parts.Day.of(b.asOf()),
                    summary(b), items(b.added()), items(b.changed()), items(b.removed()), items(b.figures())));
        }
        return new Pages.ChangesPage(builds);
    }

    private static List<Parts.Change> items(List<BuildRecord.Item> items) {
        return items.stream().map(i -> new Parts.Change(i.text(), i.path())).toList();
    }

    static String summary(BuildRecord b) {
        List<String> parts = new ArrayList<>();
        count(parts, b.added().size(), "new article", "new articles");
        count(parts, b.changed().size(), "changed article", "changed articles");
        count(parts, b.removed().size(), "removed article", "removed articles");
        count(parts, b.figures().size(), "figure moved", "figures moved");
        return String.join(", ", parts);
    }

    private static void count(List<String> parts, int n, String one, String many) {
        if (n > 0) {
            parts.add(n + " " + (n == 1 ? one : many));
        }
    }

    /** Whether {@code next} must be written: it is not the history that was read. */
    public static boolean changed(History previous, History next) {
        return !Objects.equals(previous, next);
    }
}
