package io.sitrep.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The words, numbers and punctuation marks of a stretch of text, with their offsets. Built
 * once per sentence by a single pass over the characters; the finders then look at tokens
 * instead of running regular expressions over whole texts.
 *
 * <p>A word holds letters and digits, joined by an apostrophe or a hyphen when a letter or
 * digit follows ("Turkey’s", "al-Assad", "mid-February"); a number holds digits joined by
 * {@code ,} or {@code .} before a digit, and letters stuck to it ("6,000", "3.6", "6th");
 * every other visible character is a token of its own.
 */
final class WordTokens {

    enum Kind { WORD, NUMBER, MARK }

    private final String text;
    /** The characters of {@code text}, copied once per article: array reads are fast under C1, String.charAt is not. */
    private final char[] chars;
    private int size;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private Kind[] kinds = new Kind[32];
    /** Lower-case forms, computed when first asked for: the finders ask for the same ones often. */
    private String[] lowers;
    /** Word classes ({@link Cues#flags(String)}) plus one, computed when first asked for; 0 = not yet. */
    private int[] flags;

    private WordTokens(String text, char[] chars) {
        this.text = text;
        this.chars = chars;
    }

    /** The tokens of every sentence, in order: built once per article and shared by the finders. */
    static List<WordTokens> of(String text, List<Sentence> sentences) {
        return of(text, text.toCharArray(), sentences);
    }

    /** As {@link #of(String, List)}, with the text's characters already copied (they are shared, not copied again). */
    static List<WordTokens> of(String text, char[] chars, List<Sentence> sentences) {
        List<WordTokens> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            out.add(of(text, chars, s.start(), s.end()));
        }
        return out;
    }

    static WordTokens of(String text, int from, int to) {
        return of(text, text.toCharArray(), from, to);
    }

    private static WordTokens of(String text, char[] chars, int from, int to) {
        WordTokens t = new WordTokens(text, chars);
        int i = from;
        while (i < to) {
            char c = chars[i];
            if (Chars.isWhitespace(c) || c == '\u00A0') {
                i++;
            } else if (Chars.isDigit(c)) {
                int j = i + 1;
                while (j < to && (Chars.isDigit(chars[j])
                        || ((chars[j] == ',' || chars[j] == '.') && j + 1 < to && Chars.isDigit(chars[j + 1])))) {
                    j++;
                }
                while (j < to && Chars.isLetter(chars[j])) {
                    j++;
                }
                t.add(i, j, Kind.NUMBER);
                i = j;
            } else if (Chars.isLetter(c)) {
                int j = i + 1;
                while (j < to) {
                    char d = chars[j];
                    if (Chars.isLetterOrDigit(d) || d >= 0x300 && Character.getType(d) == Character.NON_SPACING_MARK) {
                        j++;
                    } else if ((TextFold.isApostrophe(d) || d == '-' || d == '‑') && j + 1 < to
                            && Chars.isLetterOrDigit(chars[j + 1])) {
                        j += 2;
                    } else {
                        break;
                    }
                }
                t.add(i, j, Kind.WORD);
                i = j;
            } else {
                t.add(i, i + 1, Kind.MARK);
                i++;
            }
        }
        return t;
    }

    private void add(int start, int end, Kind kind) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            kinds = Arrays.copyOf(kinds, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        kinds[size] = kind;
        size++;
    }

    int size() {
        return size;
    }

    String text() {
        return text;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    Kind kind(int i) {
        return kinds[i];
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && kinds[i] == Kind.WORD;
    }

    boolean isNumber(int i) {
        return i >= 0 && i < size && kinds[i] == Kind.NUMBER;
    }

    /** The token as written. */
    String word(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** The token in lower case, with a possessive ’s removed. */
    String lower(int i) {
        if (lowers == null) {
            lowers = new String[size];
        }
        String l = lowers[i];
        if (l == null) {
            l = asciiLower(i);
            if (l == null) {
                l = stripPossessive(word(i)).toLowerCase(Locale.ROOT);
            }
            lowers[i] = l;
        }
        return l;
    }

    /**
     * {@link #lower(int)} in one pass over the characters when the word is ASCII (but for a
     * possessive ’s), else null: most words are, and the general path makes two or three strings.
     */
    private String asciiLower(int i) {
        int start = starts[i];
        int end = withoutPossessive(i);
        char[] out = new char[end - start];
        for (int k = start; k < end; k++) {
            char c = chars[k];
            if (c >= 0x80) {
                return null;
            }
            out[k - start] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return new String(out);
    }

    /** The word classes of word {@code i} ({@link Cues#flags(String)}). */
    int flags(int i) {
        if (flags == null) {
            flags = new int[size];
        }
        int f = flags[i];
        if (f == 0) {
            f = (kinds[i] == Kind.WORD ? wordFlags(i) : 0) + 1;
            flags[i] = f;
        }
        return f - 1;
    }

    /** An ASCII word is looked up by its characters; any other by its lower-case form. */
    private int wordFlags(int i) {
        int end = withoutPossessive(i);
        return isAscii(starts[i], end) ? Cues.flags(chars, starts[i], end) : Cues.flags(lower(i));
    }

    /** Whether {@link #lower(int)} starts with {@code prefix} (ASCII, lower case), mostly without lowering the word. */
    boolean lowerStartsWith(int i, String prefix) {
        int start = starts[i];
        int end = withoutPossessive(i);
        if (!isAscii(start, end)) {
            return lower(i).startsWith(prefix);
        }
        if (end - start < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            char c = chars[start + k];
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** End of token {@code i} without a possessive ’s, as {@link #stripPossessive(String)} cuts it. */
    private int withoutPossessive(int i) {
        int end = ends[i];
        return end - starts[i] > 2 && (chars[end - 1] == 's' || chars[end - 1] == 'S') && TextFold.isApostrophe(chars[end - 2])
                ? end - 2 : end;
    }

    private boolean isAscii(int start, int end) {
        for (int k = start; k < end; k++) {
            if (chars[k] >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Whether token {@code i} exists and equals {@code s}, ignoring case. */
    boolean is(int i, String s) {
        return i >= 0 && i < size && ends[i] - starts[i] == s.length()
                && text.regionMatches(true, starts[i], s, 0, s.length());
    }

    /** Whether token {@code i} is the mark {@code c}. */
    boolean isMark(int i, char c) {
        return i >= 0 && i < size && kinds[i] == Kind.MARK && chars[starts[i]] == c;
    }

    /** Whether word {@code i} has a hyphen inside ("al-Assad"). */
    boolean hyphenated(int i) {
        for (int k = starts[i] + 1; k < ends[i]; k++) {
            char c = chars[k];
            if (c == '-' || c == '‑') {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} is a word whose first letter is lower case (no need to lower it). */
    boolean startsLower(int i) {
        return isWord(i) && Chars.isLowerCase(chars[starts[i]]);
    }

    /** Whether token {@code i} is a word that starts with an upper-case letter. */
    boolean capitalized(int i) {
        if (!isWord(i)) {
            return false;
        }
        char c = chars[starts[i]];
        return Chars.isUpperCase(c) || c >= 0x80 && Character.isTitleCase(c);
    }

    /** Whether token {@code i} is a word ending in a possessive ’s or ’. */
    boolean possessive(int i) {
        if (!isWord(i)) {
            return false;
        }
        int e = ends[i];
        return e - starts[i] > 2 && (chars[e - 1] == 's' || chars[e - 1] == 'S')
                && TextFold.isApostrophe(chars[e - 2]);
    }

    /** The first token that ends after offset {@code offset}, or {@link #size()}. */
    int indexAt(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static String stripPossessive(String w) {
        int n = w.length();
        if (n > 2 && (w.charAt(n - 1) == 's' || w.charAt(n - 1) == 'S') && TextFold.isApostrophe(w.charAt(n - 2))) {
            return w.substring(0, n - 2);
        }
        return w;
    }
}
