package io.sitrep.analysis;

import java.util.Set;

/**
 * Finds the event words that give an amount its measure: just before it over linking words
 * ("killed 40", "the death toll rose to 52", "the killing of the seven"), after what it counts
 * ("40 people were reportedly killed"), inside it ("800,000 displaced civilians"), or, when
 * none stands next to it, elsewhere in its clause.
 */
final class EventWords {

    /** Prepositions of a phrase that may stand between the counted noun and its event word. */
    private static final Set<String> SKIPPABLE = Set.of("in", "from", "of", "at", "near", "on", "inside", "across",
            "around", "along", "outside");
    private static final int MAX_LINKS_BEFORE = 4;
    private static final int MAX_LINKS_AFTER = 6;
    private static final int MAX_CLAUSE_WORDS = 8;

    private final FigureLexicon lexicon;

    EventWords(FigureLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The event word before token {@code first} (the first word of the figure), over links and quotation marks. */
    Measure before(Tokens t, int first) {
        int p = first - 1;
        for (int steps = 0; p >= 0 && steps < MAX_LINKS_BEFORE; steps++, p--) {
            PhraseTable.Match<Measure> m = lexicon.events.longestEndingAt(t, p);
            if (m != null) {
                return m.value();
            }
            if (!(isQuote(t, p) || t.isWord(p) && lexicon.linksBefore.contains(t.norm(p)))) {
                return null;
            }
        }
        return null;
    }

    /**
     * The event word from token {@code from} on, over links: "40 people were reportedly
     * killed", skipping one coordinated noun, place or apposition ("seven soldiers and a
     * civilian were killed", "fighters from the RSF were killed", "900,000 people, mostly
     * women and children, have been displaced").
     */
    Measure after(Tokens t, int from) {
        return after(t, from, true);
    }

    private Measure after(Tokens t, int k, boolean allowSkip) {
        for (int steps = 0; k < t.size() && steps < MAX_LINKS_AFTER; steps++, k++) {
            PhraseTable.Match<Measure> m = lexicon.events.longestAt(t, k);
            if (m != null) {
                return m.value();
            }
            if (allowSkip && t.isChar(k, ',')) {
                int close = k + 1;
                while (close < t.size() && close <= k + 7 && t.isWord(close) && lexicon.events.longestAt(t, close) == null) {
                    close++;
                }
                return close > k + 1 && t.isChar(close, ',') ? after(t, close + 1, false) : null;
            }
            if (allowSkip && t.isWord(k + 1) && (t.is(k, "and") || t.is(k, "or") || SKIPPABLE.contains(t.norm(k)))) {
                int j = k + 1;
                while (j < t.size() && j <= k + 4 && t.isWord(j) && lexicon.events.longestAt(t, j) == null
                        && !lexicon.linksAfter.contains(t.norm(j))) {
                    j++;
                }
                return j > k + 1 ? after(t, j, false) : null; // "and killed hundreds" is another clause
            }
            if (!(isQuote(t, k) || t.isWord(k) && lexicon.linksAfter.contains(t.norm(k)))) {
                return null;
            }
        }
        return null;
    }

    /** An event word among the counted words, before the noun: "800,000 displaced civilians". */
    Measure inside(Tokens t, CountedNoun n) {
        if (!n.hasNoun()) {
            return null;
        }
        for (int k = n.first(); k < n.headFirst(); k++) {
            PhraseTable.Match<Measure> m = lexicon.events.longestAt(t, k);
            if (m != null && k + m.length() <= n.headFirst()) {
                return m.value();
            }
        }
        return null;
    }

    /**
     * The nearest event word in the same clause from token {@code from}, going by
     * {@code step} (-1 back, +1 on), for an amount with none next to it: "the death toll from
     * Saturday's attack has risen to 52". Stops at punctuation and numbers; money verbs do
     * not count here.
     */
    Measure inClause(Tokens t, int from, int step) {
        for (int k = from, n = 0; k >= 0 && k < t.size() && n < MAX_CLAUSE_WORDS; k += step, n++) {
            if (t.isNumber(k) || t.isPunct(k) && !isQuote(t, k)) {
                return null;
            }
            PhraseTable.Match<Measure> m = step < 0 ? lexicon.events.longestEndingAt(t, k) : lexicon.events.longestAt(t, k);
            if (m != null && m.value() != Measure.MONEY) {
                return m.value();
            }
        }
        return null;
    }

    /** Whether token {@code k} is a quotation mark. */
    static boolean isQuote(Tokens t, int k) {
        if (!t.isPunct(k)) {
            return false;
        }
        char c = t.text().charAt(t.start(k));
        return c == '“' || c == '”' || c == '"' || c == '‘' || c == '’' || c == '\'';
    }
}
