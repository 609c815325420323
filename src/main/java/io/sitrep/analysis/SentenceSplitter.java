package io.sitrep.analysis;

import io.sitrep.content.PlainText;
import io.sitrep.content.TextBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits plain text into sentences, block by block. A sentence ends at {@code . ! ? …} (and
 * any closing quotation marks or brackets after it) followed by a space and an upper-case
 * letter, digit or opening quotation mark. Abbreviations ("Feb.", "Mr.", "U.S.") and initials
 * do not end a sentence, and a quotation closed within its paragraph stays whole ("“Who
 * attacked? It is the regime,” he said" is one sentence), while a quotation that runs on into
 * the next paragraph is split like any text.
 *
 * <p>Hand-written: the JDK's {@code BreakIterator} splits after "Feb." and "Mr." and breaks
 * quotations; OpenNLP needs a trained model, which this project does not ship.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "st", "sen", "rep",
            "gov", "pres", "adm", "brig", "cmdr", "rev", "hon", "amb", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec", "tue", "tues", "thu", "thur", "thurs", "fri",
            "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "approx", "est",
            "dept", "govt", "mt", "ft", "fig", "vol", "al");

    /** Words that start a new sentence after a dotted abbreviation such as "U.S.". */
    private static final Set<String> SENTENCE_STARTERS = Set.of(
            "the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "on", "this", "that", "a", "an",
            "there", "his", "her", "their", "its", "however", "meanwhile", "after", "when", "while", "as");

    public List<Sentence> split(PlainText plain) {
        return split(plain, plain.text().toCharArray());
    }

    /** As {@link #split(PlainText)}, reading {@code chars}, the text's characters (array reads: String.charAt is slow under C1). */
    List<Sentence> split(PlainText plain, char[] chars) {
        List<Sentence> out = new ArrayList<>();
        String text = plain.text();
        for (TextBlock block : plain.blocks()) {
            splitBlock(text, chars, block.start(), block.end(), out);
        }
        return out;
    }

    private static void splitBlock(String articleText, char[] text, int from, int to, List<Sentence> out) {
        List<QuoteSpans.Span> quotes = QuoteSpans.find(text, from, to);
        int q = 0;
        int start = skipSpace(text, from, to);
        for (int i = start; i < to; i++) {
            while (q < quotes.size() && quotes.get(q).outerEnd() <= i) {
                q++;
            }
            char c = text[i];
            if (!(c == '.' || c == '!' || c == '?' || c == '…')) {
                continue;
            }
            int end = i + 1;
            while (end < to && (isCloser(text[end]) || isTerminator(text[end]))) {
                end++;
            }
            if (q < quotes.size() && insideClosedQuote(quotes.get(q), i, end)) {
                continue;
            }
            if (end < to && Chars.isWhitespace(text[end])
                    && startsSentence(text, skipSpace(text, end, to), to)
                    && !(c == '.' && isAbbreviation(text, start, i, skipSpace(text, end, to), to))) {
                add(out, articleText, text, start, end);
                start = skipSpace(text, end, to);
                i = start - 1;
            } else {
                i = end - 1;
            }
        }
        if (start < to) {
            add(out, articleText, text, start, to);
        }
    }

    /**
     * Whether the terminator at {@code dot} is inside a closed quotation that goes on after it.
     * A terminator right before the closing mark ends the sentence when a new one follows.
     */
    private static boolean insideClosedQuote(QuoteSpans.Span span, int dot, int end) {
        return span.closed() && dot >= span.start() && dot < span.close() && end <= span.close();
    }

    private static void add(List<Sentence> out, String articleText, char[] text, int start, int end) {
        while (end > start && Chars.isWhitespace(text[end - 1])) {
            end--;
        }
        if (end > start) {
            out.add(Sentence.of(out.size(), start, end, articleText));
        }
    }

    private static int skipSpace(char[] text, int i, int end) {
        while (i < end && Chars.isWhitespace(text[i])) {
            i++;
        }
        return i;
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '"' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
    }

    private static boolean startsSentence(char[] text, int i, int end) {
        if (i >= end) {
            return false;
        }
        char c = text[i];
        return Chars.isUpperCase(c) || Chars.isDigit(c) || c == '“' || c == '"' || c == '‘'
                || c == '\'' || c == '(' || c == '[' || c == '–' || c == '—' || c == '«' || c == '„';
    }

    /**
     * Whether the word before the period at {@code dot} is an abbreviation or an initial, so
     * the period does not end the sentence. A dotted acronym ("U.S.") does end it when a
     * typical sentence opener follows ("… imposed by the U.S. The move …").
     */
    private static boolean isAbbreviation(char[] text, int from, int dot, int next, int to) {
        int w = dot;
        while (w > from && (Chars.isLetter(text[w - 1]) || text[w - 1] == '.')) {
            w--;
        }
        String word = new String(text, w, dot - w).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Chars.isUpperCase(text[w])) {
            return true; // an initial: "Donald J. Trump"
        }
        if (ABBREVIATIONS.contains(word)) {
            return true;
        }
        if (isDottedAcronym(word)) {
            return !SENTENCE_STARTERS.contains(nextWord(text, next, to));
        }
        return false;
    }

    private static boolean isDottedAcronym(String word) {
        if (word.length() < 3) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            boolean letter = Chars.isLetter(word.charAt(k));
            if (letter != (k % 2 == 0)) {
                return false;
            }
        }
        return true;
    }

    private static String nextWord(char[] text, int i, int to) {
        int j = i;
        while (j < to && Chars.isLetter(text[j])) {
            j++;
        }
        return new String(text, i, j - i).toLowerCase(Locale.ROOT);
    }
}
