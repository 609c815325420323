package io.sitrep.analysis;

import java.util.Set;

/**
 * Finds what an amount counts, in the words right after it: modifiers up to a counted noun
 * the rules know ("76 [Assad regime fighters]", "54 [air and artillery strikes]"), or else a
 * plain lower-case noun ("a dozen [areas]"), or how the noun is left out.
 *
 * <p>Without a part-of-speech tagger (none ships with the project) the phrase ends at the
 * words that cannot be inside one: prepositions, conjunctions, auxiliaries, pronouns, event
 * words ("killed"), punctuation and numbers. A run of known nouns ends at its last one
 * ("displaced civilians", "security personnel").
 */
final class CountedNounFinder {

    /** Words that cannot be inside a counted phrase. */
    private static final Set<String> STOP = Set.of(
            "in", "on", "at", "to", "from", "by", "with", "for", "into", "onto", "over", "since", "during",
            "after", "before", "across", "near", "around", "under", "inside", "outside", "within", "without",
            "through", "throughout", "against", "between", "among", "amid", "amidst", "along", "per", "of",
            "off", "toward", "towards", "upon", "via", "than", "as", "like", "about", "including",
            "and", "or", "but", "nor", "while", "whereas", "because", "although", "though", "if", "unless",
            "that", "which", "who", "whom", "whose", "where", "when", "what",
            "is", "are", "was", "were", "be", "been", "being", "am", "have", "has", "had", "having",
            "will", "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did",
            "the", "a", "an", "this", "these", "those", "it", "its", "they", "them", "their", "he", "him",
            "his", "she", "her", "we", "us", "our", "you", "your", "i", "me", "my", "there", "here",
            "also", "already", "reportedly", "still", "now", "then", "just", "only", "even", "all", "each",
            "both", "either", "neither", "more", "most", "less", "least", "so", "too", "very", "not", "no",
            "'s", "'", "ago", "earlier", "later", "yet", "last", "next", "every");

    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("taken", "held", "seen", "left", "gone", "done",
            "made", "given", "shown", "known", "found", "sent", "brought", "kept", "put", "hit", "shot", "caught");
    private static final Set<String> MORE = Set.of("more", "others", "other", "additional", "further", "extra");
    private static final Set<String> DETERMINERS = Set.of(
            "the", "these", "those", "its", "their", "our", "his", "her", "my", "your", "whose");
    private static final int MAX_WORDS = 7;

    private final FigureLexicon lexicon;

    CountedNounFinder(FigureLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** What the amount that ends just before token {@code from} counts. */
    CountedNoun find(Tokens t, int from) {
        int k = from;
        boolean more = false;
        if (k < t.size() && t.isWord(k) && MORE.contains(t.norm(k))) {
            more = true;
            if (t.is(k, "others")) {
                return CountedNoun.elided(k, CountedNoun.Elision.MORE);
            }
            k++;
        }
        boolean of = t.is(k, "of");
        if (of || t.is(from - 1, "of")) { // "thousands of", or "half of" read as one amount
            int p = of ? k + 1 : k;
            while (p < t.size() && t.isWord(p) && DETERMINERS.contains(t.norm(p))) {
                p++;
            }
            if (t.is(p, "others")) {
                return CountedNoun.elided(p, CountedNoun.Elision.MORE); // "wounded thousands of others"
            }
            if (p >= t.size() || !t.isWord(p) || STOP.contains(t.norm(p))) {
                boolean pronoun = p < t.size() && t.isWord(p) && STOP.contains(t.norm(p));
                return CountedNoun.elided(pronoun ? p : Math.max(p - 1, from - 1), CountedNoun.Elision.PRONOUN);
            }
            k = p;
        }
        CountedNoun phrase = nounPhrase(t, k);
        if (phrase != null) {
            return phrase;
        }
        return CountedNoun.elided(more ? from : from - 1, more ? CountedNoun.Elision.MORE : CountedNoun.Elision.BARE);
    }

    private CountedNoun nounPhrase(Tokens t, int start) {
        FigureLexicon.Head head = null;
        int headFirst = -1;
        int headLast = -1;
        int lastModifier = -1;
        int j = start;
        while (j < t.size() && j - start < MAX_WORDS) {
            PhraseTable.Match<FigureLexicon.Head> h = t.isWord(j) ? lexicon.heads.longestAt(t, j) : null;
            if (h != null && head != null && lexicon.events.longestAt(t, j) != null) {
                break; // "police officers injured": a participle after the noun, not another noun
            }
            if (h != null) {
                head = h.value();
                headFirst = j;
                headLast = j + h.length() - 1;
                j = headLast + 1;
                continue;
            }
            if (head != null) {
                break;
            }
            if (!canModify(t, j)) {
                boolean joins = (t.is(j, "and") || t.is(j, "or")) && lastModifier >= 0 && canModify(t, j + 1);
                if (joins) { // "air and artillery strikes"
                    j++;
                    continue;
                }
                break;
            }
            lastModifier = j;
            j++;
        }
        if (head != null) {
            return new CountedNoun(start, headFirst, headLast, head, CountedNoun.Elision.NONE);
        }
        // No noun the rules know: take the first plain word, unless it looks like a verb form.
        if (canModify(t, start) && !t.capitalized(start) && !t.raw(start).contains("-") && !looksVerbal(t.norm(start))
                && !(canModify(t, start + 1) && !t.capitalized(start + 1))) {
            return new CountedNoun(start, start, start, null, CountedNoun.Elision.NONE);
        }
        return null;
    }

    /** Whether a word looks like a verb form: "-ed", "-ing", or a common irregular participle. */
    static boolean looksVerbal(String word) {
        return word.endsWith("ed") || word.endsWith("ing") || IRREGULAR_PARTICIPLES.contains(word);
    }

    private boolean canModify(Tokens t, int j) {
        return j < t.size() && t.isWord(j) && !STOP.contains(t.norm(j)) && lexicon.events.longestAt(t, j) == null
                && lexicon.units.longestAt(t, j) == null && lexicon.qualifiersBefore.longestAt(t, j) == null;
    }
}
