package io.sitrep.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The named things of one article, from the dictionary (mentions) and from the name spotter
 * (unconfirmed names), in text order, for finding speakers.
 */
final class ArticleRefs {

    /**
     * A named thing at plain-text {@code [start, end)}.
     *
     * @param entity  the dictionary entity, or null for an unconfirmed name
     * @param speaker who speaks when it is the subject of "said", or null (a place that stands
     *                for no country)
     * @param actors  ids of the actors it belongs to (empty for unconfirmed names)
     */
    record Ref(int start, int end, Entity entity, EntityType type, Speaker speaker, Set<String> actors) {
    }

    private final List<Ref> refs;
    private final int[] starts;

    ArticleRefs(List<Mention> mentions, List<UnconfirmedName> unconfirmed, Actors actors) {
        List<Ref> all = new ArrayList<>();
        for (Mention m : mentions) {
            Entity e = actors.byId(m.entity());
            if (e != null) {
                all.add(new Ref(m.start(), m.end(), e, e.type(), actors.speakerFor(e), actors.actorIds(e)));
            }
        }
        for (UnconfirmedName u : unconfirmed) {
            Speaker s = u.type() == EntityType.PLACE ? null : new Speaker(null, u.name(), u.type());
            all.add(new Ref(u.start(), u.end(), null, u.type(), s, Set.of()));
        }
        all.sort(Comparator.comparingInt(Ref::start).thenComparingInt(Ref::end));
        this.refs = List.copyOf(all);
        this.starts = all.stream().mapToInt(Ref::start).toArray();
    }

    /** The refs that lie within {@code [start, end)}, in order. */
    List<Ref> within(int start, int end) {
        List<Ref> out = new ArrayList<>();
        for (int i = firstAtOrAfter(start); i < refs.size() && refs.get(i).start() < end; i++) {
            if (refs.get(i).end() <= end) {
                out.add(refs.get(i));
            }
        }
        return out;
    }

    /** The ref that covers offset {@code offset}, or null. */
    Ref at(int offset) {
        int i = firstAtOrAfter(offset + 1) - 1;
        return i >= 0 && refs.get(i).start() <= offset && offset < refs.get(i).end() ? refs.get(i) : null;
    }

    /** The last ref before {@code offset} that satisfies {@code test}, or null. */
    Ref lastBefore(int offset, Predicate<Ref> test) {
        for (int i = firstAtOrAfter(offset) - 1; i >= 0; i--) {
            if (test.test(refs.get(i))) {
                return refs.get(i);
            }
        }
        return null;
    }

    List<Ref> all() {
        return refs;
    }

    private int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
