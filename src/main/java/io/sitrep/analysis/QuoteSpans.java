package io.sitrep.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the passages between quotation marks in one block of text: curly double quotes
 * ({@code “…”}, also {@code „…”} and {@code «…»}), straight double quotes, and curly single
 * quotes ({@code ‘…’}, as British outlets write them) outside double ones.
 *
 * <p>A closing single quote is told from an apostrophe by what follows it: an apostrophe
 * sits inside a word ("Turkey’s"), a closing quote before a space or punctuation. A double
 * quote still open at the end of the block is a quotation that runs on into the next
 * paragraph; a closing mark with no opening before it in the block (a common slip) closes a
 * quotation that started with the block.
 */
final class QuoteSpans {

    /**
     * One quotation.
     *
     * @param open       offset of the opening mark, or -1 when it is missing
     * @param start      offset of the first quoted character
     * @param end        offset just past the last quoted character
     * @param close      offset of the closing mark, or -1 when the quotation runs past the block
     * @param single     whether it is in single quotes
     */
    record Span(int open, int start, int end, int close, boolean single) {

        boolean closed() {
            return close >= 0;
        }

        /** Offset just past the closing mark, or the end of the quoted text. */
        int outerEnd() {
            return close >= 0 ? close + 1 : end;
        }

        /** Offset of the opening mark, or the start of the quoted text. */
        int outerStart() {
            return open >= 0 ? open : start;
        }

        boolean contains(int offset) {
            return offset >= outerStart() && offset < outerEnd();
        }
    }

    private QuoteSpans() {
    }

    static List<Span> find(String text, int from, int to) {
        return find(text.toCharArray(), from, to);
    }

    /** As {@link #find(String, int, int)}, over the characters of the text (array reads are fast under C1). */
    static List<Span> find(char[] text, int from, int to) {
        List<Span> out = new ArrayList<>();
        int open = -1;
        boolean straight = false;
        int singleOpen = -1;
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (open < 0 && singleOpen >= 0) {
                if (closesSingle(text, i, singleOpen, to) && !(pluralPossessive(text, i, to) && laterClose(text, i, to))) {
                    out.add(new Span(singleOpen, singleOpen + 1, i, i, true));
                    singleOpen = -1;
                }
                continue;
            }
            if (c == '“' || c == '„' || c == '«') {
                if (open >= 0) {
                    out.add(new Span(open, open + 1, trimEnd(text, open + 1, i), -1, false));
                }
                open = i;
                straight = false;
            } else if (c == '”' || c == '»') {
                if (open >= 0) {
                    out.add(new Span(open, open + 1, i, i, false));
                    open = -1;
                } else if (out.isEmpty()) {
                    out.add(new Span(-1, skipSpace(text, from, i), i, i, false));
                }
            } else if (c == '"') {
                if (open >= 0 && straight) {
                    out.add(new Span(open, open + 1, i, i, false));
                    open = -1;
                } else if (open < 0 && opensHere(text, from, i)) {
                    open = i;
                    straight = true;
                }
            } else if (c == '‘' && open < 0 && opensHere(text, from, i)) {
                singleOpen = i;
            }
        }
        if (open >= 0) {
            out.add(new Span(open, open + 1, trimEnd(text, open + 1, to), -1, false));
        }
        return out;
    }

    private static boolean closesSingle(char[] text, int i, int open, int to) {
        return text[i] == '’' && i > open + 1 && !Chars.isWhitespace(text[i - 1])
                && (i + 1 >= to || !Chars.isLetterOrDigit(text[i + 1]));
    }

    /** "the soldiers’ posts": an s, the mark, a space and a lower-case word. */
    private static boolean pluralPossessive(char[] text, int i, int to) {
        return text[i - 1] == 's' && i + 2 < to && text[i + 1] == ' '
                && Chars.isLowerCase(text[i + 2]);
    }

    /** Whether another closing single quote follows before the next opening one. */
    private static boolean laterClose(char[] text, int i, int to) {
        for (int k = i + 1; k < to && text[k] != '‘'; k++) {
            if (text[k] == '’' && (k + 1 >= to || !Chars.isLetterOrDigit(text[k + 1]))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a quotation mark at {@code i} opens: at the start or after a space or bracket. */
    private static boolean opensHere(char[] text, int from, int i) {
        if (i == from) {
            return true;
        }
        char p = text[i - 1];
        return Chars.isWhitespace(p) || p == '(' || p == '[' || p == '—' || p == '–' || p == '-' || p == ':'
                || p == '\u00A0';
    }

    private static int trimEnd(char[] text, int start, int end) {
        while (end > start && Chars.isWhitespace(text[end - 1])) {
            end--;
        }
        return end;
    }

    private static int skipSpace(char[] text, int i, int end) {
        while (i < end && Chars.isWhitespace(text[i])) {
            i++;
        }
        return i;
    }
}
