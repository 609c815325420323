package io.sitrep.analysis;

import io.sitrep.content.PlainText;
import io.sitrep.content.TextBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits plain text into sentences, block by block. A sentence ends at {@code . ! ?} (and any
 * closing quotation marks after it) followed by a space and an upper-case letter, digit or
 * opening quotation mark; abbreviations ("Feb.", "Mr.", "U.S.") do not end a sentence, and a
 * quotation stays whole.
 *
 * <p>Hand-written: the JDK's {@code BreakIterator} splits after "Feb." and "Mr." and breaks
 * quotations; OpenNLP needs a trained model, which this project does not ship.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "st", "sen", "rep",
            "gov", "pres", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "no", "vs", "etc", "inc", "ltd", "co", "corp", "jr", "sr", "u.s", "u.n", "u.k", "e.g",
            "i.e", "a.m", "p.m", "approx", "est", "dept", "govt", "mt", "ft");

    public List<Sentence> split(PlainText plain) {
        List<Sentence> out = new ArrayList<>();
        String text = plain.text();
        for (TextBlock block : plain.blocks()) {
            int start = skipSpace(text, block.start(), block.end());
            int quoteDepth = 0;
            for (int i = start; i < block.end(); i++) {
                char c = text.charAt(i);
                if (c == '“') {
                    quoteDepth++;
                } else if (c == '”' && quoteDepth > 0) {
                    quoteDepth--;
                }
                if ((c == '.' || c == '!' || c == '?' || c == '…') && quoteDepth == 0) {
                    int end = i + 1;
                    while (end < block.end() && isCloser(text.charAt(end))) {
                        end++;
                    }
                    if (end < block.end() && text.charAt(end) == ' ' && startsSentence(text, end + 1, block.end())
                            && !(c == '.' && isAbbreviation(text, start, i))) {
                        add(out, text, start, end);
                        start = skipSpace(text, end, block.end());
                        i = start - 1;
                    }
                }
            }
            if (start < block.end()) {
                add(out, text, start, block.end());
            }
        }
        return out;
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(out.size(), start, end, text.substring(start, end)));
        }
    }

    private static int skipSpace(String text, int i, int end) {
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isCloser(char c) {
        return c == '”' || c == '"' || c == '’' || c == '\'' || c == ')' || c == ']';
    }

    private static boolean startsSentence(String text, int i, int end) {
        if (i >= end) {
            return false;
        }
        char c = text.charAt(i);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '“' || c == '"' || c == '‘'
                || c == '\'' || c == '(' || c == '[' || c == '–' || c == '—';
    }

    /** Whether the word before the period at {@code dot} is an abbreviation or an initial. */
    private static boolean isAbbreviation(String text, int from, int dot) {
        int w = dot;
        while (w > from && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.substring(w, dot).toLowerCase(java.util.Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isUpperCase(text.charAt(w))) {
            return true; // an initial: "Donald J. Trump"
        }
        return ABBREVIATIONS.contains(word) || word.matches("([a-z]\\.)+[a-z]");
    }
}
