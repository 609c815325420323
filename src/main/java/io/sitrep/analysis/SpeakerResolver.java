package io.sitrep.analysis;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Resolves the subject of a speech verb to a speaker, and remembers, while an article is read
 * in order, the person "he" or "she" refers to and the last speaker:
 * <ul>
 * <li>a name (dictionary or unconfirmed); in "Kremlin spokesman Peskov" the person wins;</li>
 * <li>"he"/"she": the person the last sentences were about;</li>
 * <li>a place that stands for a state ("Moscow said" → Russia) or a stand-in ("the regime");</li>
 * <li>a description: "the foreign minister" through the roles the article gave its people,
 * "the army" through the last organization of that kind, "the Russian statement" through the
 * last Russian organization; otherwise the description as written.</li>
 * </ul>
 * One instance per article; not thread-safe.
 */
final class SpeakerResolver {

    private final Actors actors;
    private final ArticleRefs refs;
    private final RoleIndex roles;
    private Speaker topic;
    private Speaker lastSpeaker;
    private int lastSpeechBlock = -10;

    SpeakerResolver(Actors actors, ArticleRefs refs, RoleIndex roles) {
        this.actors = actors;
        this.refs = refs;
        this.roles = roles;
    }

    Speaker topic() {
        return topic;
    }

    /** The last speaker, if they spoke in block {@code block} or the one before {@code previousBlock}. */
    Speaker continuing(int block, int previousBlock) {
        return lastSpeechBlock == block || lastSpeechBlock == previousBlock ? lastSpeaker : null;
    }

    /** Records that {@code s} spoke in block {@code block}. */
    void spoke(Speaker s, int block) {
        if (s == null) {
            return;
        }
        lastSpeaker = s;
        lastSpeechBlock = block;
        if (s.isPerson()) {
            topic = s;
        }
    }

    /** Records that a sentence is about {@code s}: a person becomes what "he" refers to. */
    void about(Speaker s) {
        if (s != null && s.isPerson()) {
            topic = s;
        }
    }

    /** The speaker named by tokens {@code span} of sentence {@code v}, or null. */
    Speaker resolve(Clauses.View v, Clauses.Span span) {
        if (span == null) {
            return null;
        }
        WordTokens t = v.tokens();
        int a = span.from();
        int b = span.to();
        if (b - a == 1 && Clauses.isPronoun(v, a)) {
            return topic;
        }
        int head = b - 1;
        while (head > a && !t.isWord(head)) {
            head--;
        }
        if (t.possessive(head)) {
            return null; // "Akar’s remarks": the head noun comes after
        }
        List<ArticleRefs.Ref> inside = refs.within(t.start(a), t.end(b - 1));
        for (int i = inside.size() - 1; i >= 0; i--) {
            ArticleRefs.Ref r = inside.get(i);
            if (r.type() == EntityType.PERSON && r.speaker() != null && !possessive(t, r)) {
                return r.speaker();
            }
        }
        ArticleRefs.Ref headRef = refs.at(t.start(head));
        if (headRef != null) {
            return headRef.speaker();
        }
        String words = t.text().substring(t.start(a), t.end(b - 1));
        Entity stands = actors.standsFor(words);
        if (stands != null) {
            return Speaker.of(stands);
        }
        String h = t.lower(head);
        RoleIndex.Description d = RoleIndex.describe(v, a, head, actors);
        if (d != null) {
            Speaker s = roles.resolve(d, t.start(a));
            return s != null ? s : new Speaker(null, plain(words), EntityType.PERSON);
        }
        if (Clauses.isPluralRole(h)) {
            return new Speaker(null, plain(words), null);
        }
        if (Cues.ORGANIZATION_NOUNS.contains(h)) {
            return organization(v, a, head, h, words);
        }
        return null;
    }

    private Speaker organization(Clauses.View v, int a, int head, String noun, String words) {
        Set<String> ids = actorsIn(v, a, head);
        int position = v.tokens().start(a);
        if (Cues.MESSAGE_NOUNS.contains(noun)) {
            if (ids.isEmpty()) {
                ArticleRefs.Ref issuer = refs.lastBefore(position, r -> r.speaker() != null
                        && (r.type() == EntityType.ORGANIZATION || r.type() == EntityType.COUNTRY));
                return issuer != null ? issuer.speaker() : lastSpeaker != null && !lastSpeaker.isPerson() ? lastSpeaker : null;
            }
            ArticleRefs.Ref org = refs.lastBefore(position, r -> r.type() == EntityType.ORGANIZATION
                    && r.speaker() != null && !Collections.disjoint(r.actors(), ids));
            return org != null ? org.speaker() : firstActor(ids);
        }
        ArticleRefs.Ref org = refs.lastBefore(position, r -> r.type() == EntityType.ORGANIZATION && r.speaker() != null
                && nameHas(r, noun)
                && (ids.isEmpty() || !Collections.disjoint(r.actors(), ids)));
        if (org != null) {
            return org.speaker();
        }
        Speaker actor = firstActor(ids);
        return actor != null ? actor : new Speaker(null, plain(words), EntityType.ORGANIZATION);
    }

    /** The actors named in tokens {@code [a, head)}: entities and demonyms ("Russian" → Russia). */
    private Set<String> actorsIn(Clauses.View v, int a, int head) {
        WordTokens t = v.tokens();
        Set<String> ids = new LinkedHashSet<>();
        for (int k = a; k < head; k++) {
            if (!t.isWord(k)) {
                continue;
            }
            ArticleRefs.Ref r = refs.at(t.start(k));
            if (r != null) {
                ids.addAll(r.actors());
            } else {
                Entity e = actors.standsFor(t.lower(k));
                if (e != null) {
                    ids.add(e.id());
                }
            }
        }
        return ids;
    }

    private Speaker firstActor(Set<String> ids) {
        for (String id : ids) {
            Entity e = actors.byId(id);
            if (e != null && e.type() != EntityType.PLACE) {
                return Speaker.of(e);
            }
        }
        return null;
    }

    /** Whether the ref's name or an alias has the word {@code noun}: "Syrian Arab Army" for "the army". */
    private static boolean nameHas(ArticleRefs.Ref r, String noun) {
        if ((" " + TextFold.key(r.speaker().name()) + " ").contains(" " + noun + " ")) {
            return true;
        }
        return r.entity() != null && r.entity().aliases().stream()
                .anyMatch(a -> (" " + TextFold.key(a) + " ").contains(" " + noun + " "));
    }

    /** Whether a ref is a possessive inside a longer phrase: "Turkey’s President …". */
    private static boolean possessive(WordTokens t, ArticleRefs.Ref r) {
        String text = t.text();
        return r.end() + 1 < text.length() && TextFold.isApostrophe(text.charAt(r.end()))
                && (text.charAt(r.end() + 1) == 's' || text.charAt(r.end() + 1) == 'S');
    }

    private static String plain(String words) {
        return words.replace("[", "").replace("]", "").strip();
    }
}
