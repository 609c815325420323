package io.sitrep.analysis;

import java.util.List;
import java.util.Set;

/**
 * A shallow reading of one sentence, enough to find who speaks: the subject before a speech
 * verb ("Kremlin spokesman Peskov said", "Geir Pedersen, the UN envoy, told"), the name after
 * an inverted one ("…,” added Çavuşoğlu"), the attribution after a closing quotation mark and
 * the subject of the main clause after openers such as "On Thursday," or "Speaking to
 * reporters in Moscow,". Words inside quotation marks are never subjects.
 *
 * <p>Hand-written on purpose: a statistical parser would need a trained model, and news
 * attribution follows a handful of fixed patterns.
 */
final class Clauses {

    private static final Set<String> DATE_MODIFIERS = Set.of("on", "last", "this", "next", "early", "late",
            "earlier", "later", "in", "mid");
    private static final Set<String> DATE_UNITS = Set.of("week", "month", "year", "weekend", "morning",
            "afternoon", "evening", "night");
    private static final Set<String> OTHER_DATE_WORDS = Set.of("today", "yesterday", "tonight", "tomorrow");

    /**
     * One sentence with its tokens and which of them are inside quotation marks.
     *
     * @param block index of the block the sentence is in
     */
    record View(Sentence sentence, WordTokens tokens, boolean[] quoted, int block, ArticleRefs refs) {

        static View of(Sentence s, WordTokens t, int block, List<QuoteSpans.Span> spans, ArticleRefs refs) {
            boolean[] quoted = new boolean[t.size()];
            for (QuoteSpans.Span span : spans) {
                if (span.outerEnd() <= s.start() || span.outerStart() >= s.end()) {
                    continue;
                }
                for (int k = 0; k < t.size(); k++) {
                    quoted[k] |= span.contains(t.start(k));
                }
            }
            return new View(s, t, quoted, block, refs);
        }

        boolean free(int k) {
            return k >= 0 && k < tokens.size() && !quoted[k];
        }
    }

    /** A token span {@code [from, to)} of a sentence. */
    record Span(int from, int to) {
    }

    /** Who a closing quotation mark is attributed to: the subject and the speech verb (-1 for "according to"). */
    record Attribution(Span subject, int verb) {
    }

    private Clauses() {
    }

    static boolean isSpeechVerb(View v, int k) {
        return v.free(k) && v.tokens().isWord(k) && (v.tokens().flags(k) & Cues.SPEECH_VERB) != 0
                && !v.tokens().capitalized(k);
    }

    static boolean isSpeechParticiple(View v, int k) {
        return v.free(k) && v.tokens().isWord(k) && (v.tokens().flags(k) & Cues.SPEECH_PARTICIPLE) != 0;
    }

    static boolean isPronoun(View v, int k) {
        return v.free(k) && v.tokens().isWord(k) && Cues.PERSON_PRONOUNS.contains(v.tokens().lower(k));
    }

    /** The subject before the speech verb at {@code verb}, or null. */
    static Span subjectBefore(View v, int verb) {
        WordTokens t = v.tokens();
        int j = verb - 1;
        while (v.free(j)) {
            if (t.isWord(j) && isFiller(t, j)) {
                j--;
                continue;
            }
            int d = skipDateLeft(t, j);
            if (d != j) {
                j = d;
                continue;
            }
            break;
        }
        if (!v.free(j)) {
            return null;
        }
        if (isPronoun(v, j)) {
            return new Span(j, j + 1);
        }
        if (t.isMark(j, ',')) {
            int k = j - 1;
            while (v.free(k) && !t.isMark(k, ',')) {
                k--;
            }
            if (!t.isMark(k, ',') || !v.free(k) || !Cues.opensAside(t, k + 1)) {
                return null;
            }
            j = k - 1;
        }
        if (t.isMark(j, ')')) {
            int k = j - 1;
            while (v.free(k) && !t.isMark(k, '(')) {
                k--;
            }
            if (!t.isMark(k, '(') || !v.free(k)) {
                return null;
            }
            j = k - 1;
        }
        int s = j;
        while (npToken(v, s)) {
            s--;
        }
        if (v.free(s) && t.isWord(s) && Cues.DETERMINERS.contains(t.lower(s))) {
            return s == j ? null : new Span(s, j + 1);
        }
        return s == j ? null : new Span(s + 1, j + 1);
    }

    /** The name right after an inverted speech verb: "…,” added Çavuşoğlu". */
    static Span subjectAfterInverted(View v, int verb) {
        WordTokens t = v.tokens();
        int before = t.isMark(verb - 1, ',') ? verb - 2 : verb - 1;
        if (before < 0 || v.free(before)) {
            return null;
        }
        return nounPhrase(v, verb + 1);
    }

    /** The noun phrase starting at {@code k} (a determiner may open it), or null. */
    static Span nounPhrase(View v, int k) {
        WordTokens t = v.tokens();
        if (isPronoun(v, k)) {
            return new Span(k, k + 1);
        }
        int e = k;
        if (v.free(e) && t.isWord(e) && Cues.DETERMINERS.contains(t.lower(e))) {
            e++;
        }
        int body = e;
        while (npToken(v, e)) {
            e++;
        }
        return e == body ? null : new Span(k, e);
    }

    /**
     * The attribution right after a closing quotation mark ending at token {@code after - 1}:
     * "…,” Akar said", "…,” he added", "…,” said the minister", "…,” according to AA".
     *
     * @return the attribution, or null
     */
    static Attribution attributionAfter(View v, int after) {
        WordTokens t = v.tokens();
        int k = after;
        while (t.isMark(k, ',') || t.isMark(k, '—') || t.isMark(k, '–')) {
            k++;
        }
        if (!v.free(k)) {
            return null;
        }
        if (isSpeechVerb(v, k)) {
            Span s = nounPhrase(v, k + 1);
            return s == null ? null : new Attribution(s, k);
        }
        if (t.is(k, "according") && t.is(k + 1, "to")) {
            Span s = nounPhrase(v, k + 2);
            return s == null ? null : new Attribution(s, -1);
        }
        Span np = nounPhrase(v, k);
        if (np == null) {
            return null;
        }
        int j = np.to();
        if (t.isMark(j, ',') && Cues.opensAside(t, j + 1)) {
            int c = j + 1;
            while (v.free(c) && !t.isMark(c, ',')) {
                c++;
            }
            j = t.isMark(c, ',') ? c + 1 : j;
        }
        while (t.isWord(j) && isFiller(t, j)) {
            j++;
        }
        return isSpeechVerb(v, j) ? new Attribution(np, j) : null;
    }

    /**
     * The subject of the main clause: after sentence openers ("But", "Meanwhile,"), dates ("On
     * Thursday,", "Last week"), a leading quotation with its comma, and introductory clauses up
     * to their comma ("Speaking to reporters in Moscow,", "In late January, as …,").
     */
    static Span mainSubject(View v) {
        WordTokens t = v.tokens();
        int k = 0;
        for (int round = 0; round < 6 && k < t.size(); round++) {
            int before = k;
            while (k < t.size() && !v.free(k)) {
                k++;
            }
            while (t.isMark(k, ',') || t.isWord(k) && Cues.OPENERS.contains(t.lower(k)) && !isDateStart(t, k)) {
                k++;
            }
            k = skipDateRight(t, k);
            while (t.isMark(k, ',')) {
                k++;
            }
            if (t.isWord(k) && (Cues.CLAUSE_OPENERS.contains(t.lower(k)) || isClauseParticiple(t, k))
                    && !isDateStart(t, k) && v.refs().at(t.start(k)) == null) {
                int c = k + 1;
                while (c < t.size() && !(t.isMark(c, ',') && v.free(c))) {
                    c++;
                }
                if (c >= t.size()) {
                    return null;
                }
                k = c + 1;
            }
            if (k == before) {
                break;
            }
        }
        Span np = nounPhrase(v, k);
        if (np == null || np.to() - np.from() == 1 && t.isWord(np.from()) && Cues.DETERMINERS.contains(t.lower(np.from()))) {
            return null;
        }
        return np;
    }

    /** Whether token {@code k} may be part of a name or a description of a speaker. */
    static boolean npToken(View v, int k) {
        if (!v.free(k)) {
            return false;
        }
        WordTokens t = v.tokens();
        if (t.isMark(k, '[') || t.isMark(k, ']') || Cues.titlePeriod(t, k)) {
            return true;
        }
        if (!t.isWord(k)) {
            return false;
        }
        if (v.refs().at(t.start(k)) != null || t.capitalized(k) && !isDateWord(t, k)) {
            return true;
        }
        String w = t.lower(k);
        return Cues.PERSON_ROLES.contains(w) || Cues.ORGANIZATION_NOUNS.contains(w) || Cues.ROLE_MODIFIERS.contains(w)
                || isPluralRole(w);
    }

    static boolean isPluralRole(String w) {
        return w.endsWith("s") && Cues.PERSON_ROLES.contains(w.substring(0, w.length() - 1))
                || w.equals("spokesmen") || w.equals("spokespeople");
    }

    static boolean isDateWord(WordTokens t, int k) {
        if (!t.isWord(k)) {
            return false;
        }
        String w = t.lower(k);
        return t.capitalized(k) && (DateRules.WEEKDAYS.containsKey(w) || DateRules.MONTHS.containsKey(w)
                || DateRules.MONTH_ABBREVIATIONS.containsKey(w)) || OTHER_DATE_WORDS.contains(w);
    }

    private static boolean isFiller(WordTokens t, int k) {
        String w = t.lower(k);
        return Cues.VERB_FILLERS.contains(w) || w.length() > 4 && w.endsWith("ly") && !t.capitalized(k);
    }

    /** Skips a date phrase ending at {@code j} ("on Wednesday", "last week", "on Feb. 5"); returns the token before it. */
    private static int skipDateLeft(WordTokens t, int j) {
        int k = j;
        if (t.isNumber(k) && k > 0) {
            k--;
            if (t.isMark(k, '.')) {
                k--;
            }
            if (!isDateWord(t, k)) {
                return j;
            }
        }
        if (isDateWord(t, k) || t.isWord(k) && DATE_UNITS.contains(t.lower(k)) && k > 0 && t.isWord(k - 1)
                && (DATE_MODIFIERS.contains(t.lower(k - 1)) || isDateWord(t, k - 1))) {
            k--;
            while (k >= 0 && t.isWord(k) && (DATE_MODIFIERS.contains(t.lower(k)) || isDateWord(t, k))) {
                k--;
            }
            return k;
        }
        return j;
    }

    /** Skips a date phrase starting at {@code k} ("On Wednesday", "Last week", "In late January"). */
    private static int skipDateRight(WordTokens t, int k) {
        int j = k;
        while (t.isWord(j) && DATE_MODIFIERS.contains(t.lower(j))) {
            j++;
        }
        if (isDateWord(t, j) || t.isWord(j) && DATE_UNITS.contains(t.lower(j)) && j > k) {
            j++;
            while (t.isMark(j, '.') || t.isNumber(j) || t.isWord(j) && DATE_UNITS.contains(t.lower(j))) {
                j++;
            }
            return j;
        }
        return k;
    }

    private static boolean isDateStart(WordTokens t, int k) {
        return skipDateRight(t, k) != k;
    }

    /** A sentence-initial "Speaking", "Returning", "Shattered": a participle clause. */
    private static boolean isClauseParticiple(WordTokens t, int k) {
        String w = t.lower(k);
        return (w.endsWith("ing") || w.endsWith("ed")) && w.length() > 5 && !Cues.SPEECH_VERBS.contains(w)
                && (k == 0 || t.isMark(k - 1, ','));
    }
}
