package io.sitrep.analysis;

import java.util.List;
import java.util.Set;

/**
 * Finds the side a group of people belongs to, from the words of a sentence: dictionary
 * mentions and the actor words of the rules ("Turkish", "Ankara", "Assad").
 *
 * <ul>
 *   <li>{@link #inWords}: the actor word closest to the counted noun ("Syrian rebel fighters"
 *       → rebels), ignoring backers ("Turkish-backed");</li>
 *   <li>{@link #subject}: the first actor of the clause ("Turkey has 12 observation posts");</li>
 *   <li>{@link #speaker}: for "we" and "our" in a quotation, the side of the speaker: the first
 *       actor outside quotation marks, else the first actor of the sentence before.</li>
 * </ul>
 */
final class ActorResolver {

    /** Marks a first-person word where an actor was looked for. */
    static final String FIRST_PERSON = "\u0000we";

    private static final Set<String> FIRST_PERSON_WORDS = Set.of("we", "our", "us", "ours", "ourselves");
    /** Second parts of compounds that name a backer, not the side: "Turkish-backed", "rebel-held". */
    private static final Set<String> BACKERS = Set.of("backed", "supported", "allied", "led", "funded", "sponsored",
            "trained", "made", "based", "held", "controlled", "aligned", "affiliated", "run", "built", "brokered",
            "occupied", "armed", "friendly", "leaning");

    /** Verbs that report speech: the subject of what is reported comes after them. */
    private static final Set<String> REPORTING = Set.of("said", "says", "say", "told", "tells", "claimed", "claims",
            "added", "adds", "stated", "states", "reported", "reports", "announced", "announces", "noted", "warned",
            "insisted", "argued", "confirmed", "confirms", "alleged", "alleges", "estimated", "estimates");

    /** An actor found at a token, and how many tokens its words cover. */
    record Found(String actor, int length) {
    }

    private final FigureLexicon lexicon;

    ActorResolver(FigureLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The actor named at token {@code k}: a mention there, else the rules' words; null when
     * nothing starts there. A mention of something that is not an actor (a place) gives a
     * null actor with the mention's length.
     */
    Found at(Tokens t, List<Mention> mentions, int k) {
        if (!t.isWord(k)) {
            return null;
        }
        int start = t.start(k);
        for (Mention m : mentions) {
            if (m.start() <= start && start < m.end()) {
                int length = 1;
                while (k + length < t.size() && t.start(k + length) < m.end()) {
                    length++;
                }
                return new Found(lexicon.entityActor(m.entity()), length);
            }
        }
        String word = t.norm(k);
        if (FIRST_PERSON_WORDS.contains(word)) {
            return new Found(FIRST_PERSON, 1);
        }
        int dash = word.lastIndexOf('-');
        if (dash > 0 && BACKERS.contains(word.substring(dash + 1))) {
            return new Found(null, 1);
        }
        PhraseTable.Match<String> match = lexicon.actors.longestAt(t, k);
        return match == null ? null : new Found(match.value(), match.length());
    }

    /**
     * The actor word in tokens {@code [from, to]} closest to {@code to} ("Assad regime
     * fighters" → Syria), {@link #FIRST_PERSON} for "our", or null.
     */
    String inWords(Tokens t, List<Mention> mentions, int from, int to) {
        String last = null;
        for (int k = Math.max(0, from); k <= to && k < t.size(); k++) {
            Found f = at(t, mentions, k);
            if (f != null) {
                if (f.actor() != null) {
                    last = f.actor();
                }
                k += f.length() - 1;
            }
        }
        return last;
    }

    /**
     * The first actor of the clause that ends before token {@code before}: the clause starts
     * after the last comma, colon, semicolon, dash, bracket or quotation mark before it.
     * {@link #FIRST_PERSON} when "we" or "our" comes first.
     */
    String subject(Tokens t, List<Mention> mentions, int before) {
        int start = before - 1;
        while (start >= 0 && !isClauseBreak(t, start)) {
            start--;
        }
        for (int k = before - 1; k > start; k--) {
            if (t.isWord(k) && REPORTING.contains(t.norm(k))) { // "Kyiv says Moscow has lost …": Moscow
                String reported = first(t, mentions, k + 1, before, false);
                if (reported != null) {
                    return reported;
                }
                break;
            }
        }
        return first(t, mentions, start + 1, before, false);
    }

    /** Whether token {@code k} is a verb that reports speech ("said", "told"). */
    static boolean isReporting(Tokens t, int k) {
        return t.isWord(k) && REPORTING.contains(t.norm(k));
    }

    /**
     * The actor named right after {@code word} ("from the United States") when that word comes
     * within a few tokens of {@code from} in the same clause, or null.
     */
    String afterWord(Tokens t, List<Mention> mentions, int from, String word) {
        for (int k = from; k < t.size() && k < from + 8 && !isClauseBreak(t, k); k++) {
            if (t.is(k, word)) {
                String actor = inWords(t, mentions, k + 1, Math.min(t.size() - 1, k + 4));
                return actor == null || actor.equals(FIRST_PERSON) ? null : actor;
            }
        }
        return null;
    }

    /**
     * The side of whoever speaks in the sentence: the first actor outside quotation marks,
     * else the first actor of {@code previous} (the sentence before), or null.
     */
    String speaker(Tokens t, List<Mention> mentions, Tokens previous, List<Mention> previousMentions) {
        String outside = first(t, mentions, 0, t.size(), true);
        if (outside != null && !outside.equals(FIRST_PERSON)) {
            return outside;
        }
        if (previous == null) {
            return null;
        }
        String before = first(previous, previousMentions, 0, previous.size(), false);
        return before == null || before.equals(FIRST_PERSON) ? null : before;
    }

    private String first(Tokens t, List<Mention> mentions, int from, int to, boolean outsideQuotes) {
        boolean quoted = false;
        for (int k = from; k < to; k++) {
            if (t.isPunct(k)) {
                char c = t.text().charAt(t.start(k));
                if (c == '“' || c == '”' || c == '"') {
                    quoted = c == '“' || c == '"' && !quoted;
                }
                continue;
            }
            if (outsideQuotes && quoted) {
                continue;
            }
            Found f = at(t, mentions, k);
            if (f != null) {
                if (f.actor() != null && !(outsideQuotes && f.actor().equals(FIRST_PERSON))) {
                    return f.actor();
                }
                k += f.length() - 1;
            }
        }
        return null;
    }

    private static boolean isClauseBreak(Tokens t, int k) {
        if (!t.isPunct(k)) {
            return false;
        }
        char c = t.text().charAt(t.start(k));
        return c == ',' || c == ';' || c == ':' || c == '—' || c == '–' || c == '(' || c == ')' || c == '“'
                || c == '”' || c == '"' || c == '.' || c == '!' || c == '?' || c == '…';
    }
}
