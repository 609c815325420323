package io.sitrep.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The roles an article gives its people ("Foreign Minister Mevlüt Çavuşoğlu", "Kremlin
 * spokesman Dmitry Peskov", "Geir Pedersen, the UN special envoy"), so that a later
 * description ("the foreign minister said", "the Kremlin spokesperson said") can be resolved
 * to the person: the latest one before it with that role and those qualifiers, else the first
 * one after it.
 */
final class RoleIndex {

    /** Qualifiers that do not tell two holders of a role apart. */
    private static final Set<String> LOOSE = Set.of("top", "senior", "former", "new", "then", "veteran", "acting");

    /**
     * One person named with a role.
     *
     * @param modifiers words that qualify the role, folded ("foreign", "special")
     * @param actors    ids of the actors the role or the person belongs to
     * @param position  plain-text offset of the name
     */
    record Note(Speaker person, String role, Set<String> modifiers, Set<String> actors, int position) {
    }

    /** A description to resolve: "the Turkish foreign minister" → role, modifiers, actors. */
    record Description(String role, Set<String> modifiers, Set<String> actors) {
    }

    private final List<Note> notes;

    private RoleIndex(List<Note> notes) {
        this.notes = List.copyOf(notes);
    }

    static RoleIndex build(List<Clauses.View> views, ArticleRefs refs, Actors actors) {
        List<Note> notes = new ArrayList<>();
        for (Clauses.View v : views) {
            WordTokens t = v.tokens();
            for (ArticleRefs.Ref r : refs.within(v.sentence().start(), v.sentence().end())) {
                if (r.type() != EntityType.PERSON || r.speaker() == null) {
                    continue;
                }
                int first = t.indexAt(r.start());
                Note before = titleBefore(v, first, r, actors);
                if (before != null) {
                    notes.add(before);
                }
                Note after = apposition(v, t.indexAt(r.end()), r, actors);
                if (after != null) {
                    notes.add(after);
                }
            }
        }
        return new RoleIndex(notes);
    }

    List<Note> notes() {
        return Collections.unmodifiableList(notes);
    }

    /** Reads the description in tokens {@code [from, head]} of a sentence; null if the head is no person role. */
    static Description describe(Clauses.View v, int from, int head, Actors actors) {
        String role = Cues.normalizeRole(v.tokens().lower(head));
        if (!Cues.PERSON_ROLES.contains(role)) {
            return null;
        }
        Set<String> mods = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>();
        qualifiers(v, from, head, actors, mods, ids);
        return new Description(role, mods, ids);
    }

    /** The person a description stands for at {@code position}, or null. */
    Speaker resolve(Description d, int position) {
        Note before = null;
        Note after = null;
        for (Note n : notes) {
            if (!matches(n, d)) {
                continue;
            }
            if (n.position() < position) {
                before = n;
            } else if (after == null) {
                after = n;
            }
        }
        Note chosen = before != null ? before : after;
        return chosen == null ? null : chosen.person();
    }

    private static boolean matches(Note n, Description d) {
        if (!n.role().equals(d.role())) {
            return false;
        }
        if (!d.actors().isEmpty() && Collections.disjoint(n.actors(), d.actors())) {
            return false;
        }
        for (String m : d.modifiers()) {
            if (!LOOSE.contains(m) && !n.modifiers().contains(m)) {
                return false;
            }
        }
        return true;
    }

    /** "Turkish Defense Minister Hulusi Akar": the role words right before the name. */
    private static Note titleBefore(Clauses.View v, int first, ArticleRefs.Ref r, Actors actors) {
        WordTokens t = v.tokens();
        int k = first - 1;
        while (t.isMark(k, '[')) {
            k--;
        }
        int head = -1;
        int start = k + 1;
        while (k >= 0 && t.isWord(k) && !Cues.DETERMINERS.contains(t.lower(k))) {
            String w = t.lower(k);
            boolean title = Cues.TITLES.contains(w) || Cues.ROLE_MODIFIERS.contains(w);
            ArticleRefs.Ref at = v.refs().at(t.start(k));
            if (!(title || t.capitalized(k) || at != null && at.type() != EntityType.PERSON)) {
                break;
            }
            if (head < 0 && Cues.PERSON_ROLES.contains(Cues.normalizeRole(w))) {
                head = k;
            }
            start = k;
            k--;
        }
        if (head < 0) {
            return null;
        }
        return note(v, start, head, r, actors);
    }

    /** "Geir Pedersen, the UN special envoy for Syria,": the role in an apposition after the name. */
    private static Note apposition(Clauses.View v, int after, ArticleRefs.Ref r, Actors actors) {
        WordTokens t = v.tokens();
        if (!t.isMark(after, ',') || !t.isWord(after + 1) || !Cues.DETERMINERS.contains(t.lower(after + 1))) {
            return null;
        }
        for (int k = after + 2; k < Math.min(t.size(), after + 9) && !t.isMark(k, ','); k++) {
            if (t.isWord(k) && Cues.PERSON_ROLES.contains(Cues.normalizeRole(t.lower(k)))) {
                return note(v, after + 2, k, r, actors);
            }
        }
        return null;
    }

    private static Note note(Clauses.View v, int from, int head, ArticleRefs.Ref r, Actors actors) {
        Set<String> mods = new LinkedHashSet<>();
        Set<String> ids = new LinkedHashSet<>(r.actors());
        qualifiers(v, from, head, actors, mods, ids);
        return new Note(r.speaker(), Cues.normalizeRole(v.tokens().lower(head)), mods, ids, r.start());
    }

    /** Sorts the words of {@code [from, head)} into actors (entities, demonyms) and plain qualifiers. */
    private static void qualifiers(Clauses.View v, int from, int head, Actors actors, Set<String> mods, Set<String> ids) {
        WordTokens t = v.tokens();
        for (int k = from; k < head; k++) {
            if (!t.isWord(k)) {
                continue;
            }
            ArticleRefs.Ref at = v.refs().at(t.start(k));
            if (at != null) {
                ids.addAll(at.actors());
                continue;
            }
            String w = t.lower(k);
            Entity stands = actors.standsFor(w);
            if (stands != null) {
                ids.add(stands.id());
            } else if (Cues.ROLE_MODIFIERS.contains(w) || !t.capitalized(k) && !Cues.DETERMINERS.contains(w)) {
                mods.add(TextFold.key(w));
            }
            // other capitalized words name an actor the dictionary does not know: they cannot tell roles apart
        }
    }
}
