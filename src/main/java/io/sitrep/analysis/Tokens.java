package io.sitrep.analysis;

import java.util.Arrays;
import java.util.Locale;

/**
 * The tokens of one stretch of text (a sentence, or a phrase of the rules), scanned once:
 * words, numbers, symbols and punctuation with their offsets in the text.
 *
 * <p>Hand-written rather than a regex or {@code BreakIterator}: figure extraction needs
 * numbers such as {@code 1,500}, {@code 6.62}, {@code 30-40} and {@code 2bn} kept whole, names
 * such as {@code S-400} and {@code al-Nu’man} kept whole, and a possessive {@code ’s} split
 * off ({@code Turkey’s} → {@code Turkey} {@code ’s}), in one pass without backtracking.
 *
 * <p>Lower-cased forms are made on demand and kept, so a word looked at twice is lowered once.
 */
final class Tokens {

    enum Kind { WORD, NUMBER, SYMBOL, PUNCT }

    private static final Kind[] KINDS = Kind.values();

    /** Classes of the ASCII characters, looked up instead of {@code Character}'s tables: 1 letter or digit, 2 space. */
    private static final byte[] ASCII = new byte[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = (byte) (Character.isLetterOrDigit(c) ? 1 : Character.isWhitespace(c) ? 2 : 0);
        }
    }

    private final String text;
    private final char[] chars;
    private int[] starts;
    private int[] ends;
    private byte[] kinds;
    private String[] norms;
    private int size;

    private Tokens(String text, char[] chars, int capacity) {
        this.text = text;
        this.chars = chars;
        this.starts = new int[capacity];
        this.ends = new int[capacity];
        this.kinds = new byte[capacity];
    }

    /** The tokens of {@code text}. */
    static Tokens of(String text) {
        return of(text, 0, text.length());
    }

    /** The tokens of {@code text[from, to)}; offsets stay offsets into {@code text}. */
    static Tokens of(String text, int from, int to) {
        return of(text, text.toCharArray(), from, to);
    }

    /**
     * The tokens of {@code text[from, to)}, scanning {@code chars} (the characters of
     * {@code text}, copied once per article by the caller).
     */
    static Tokens of(String text, char[] chars, int from, int to) {
        Tokens t = new Tokens(text, chars, Math.max(8, (to - from) / 4));
        int i = from;
        while (i < to) {
            char c = chars[i];
            int cls = charClass(c);
            if (cls == 2) {
                i++;
            } else if (cls == 1) {
                i = t.scanWord(i, to);
            } else {
                t.add(i, i + 1, isSymbol(c) ? Kind.SYMBOL : Kind.PUNCT);
                i++;
            }
        }
        t.norms = new String[t.size];
        return t;
    }

    /** 1 for a letter or digit, 2 for a space, 0 for anything else. */
    private static int charClass(char c) {
        if (c < 128) {
            return ASCII[c];
        }
        return Character.isLetterOrDigit(c) ? 1 : Character.isWhitespace(c) || Character.isSpaceChar(c) ? 2 : 0;
    }

    private int scanWord(int from, int to) {
        char[] text = chars;
        int i = from + 1;
        while (i < to) {
            char c = text[i];
            if (charClass(c) == 1) {
                i++;
                continue;
            }
            if (i + 1 >= to || charClass(text[i + 1]) != 1) {
                break;
            }
            char prev = text[i - 1];
            char next = text[i + 1];
            if (c == '\'' || c == '’') {
                if ((next == 's' || next == 'S') && (i + 2 >= to || charClass(text[i + 2]) != 1)) {
                    break; // a possessive: its own token
                }
                i++;
            } else if (c == '-' || c == '–' || c == '‑') {
                i++;
            } else if (c == ',' || c == ':' || c == '/') {
                if (!Character.isDigit(prev) || !Character.isDigit(next)) {
                    break;
                }
                i++;
            } else if (c == '.') {
                boolean digits = Character.isDigit(prev) && Character.isDigit(next);
                boolean initials = Character.isLetter(prev) && Character.isLetter(next)
                        && (i - 1 == from || text[i - 2] == '.'); // U.S, U.N.
                if (!digits && !initials) {
                    break;
                }
                i++;
            } else {
                break;
            }
        }
        Kind kind = Character.isDigit(text[from]) ? Kind.NUMBER : Kind.WORD;
        if (i < to && (text[i] == '\'' || text[i] == '’') && i + 1 < to && (text[i + 1] == 's' || text[i + 1] == 'S')
                && (i + 2 >= to || charClass(text[i + 2]) != 1)) {
            add(from, i, kind);
            add(i, i + 2, Kind.WORD);
            return i + 2;
        }
        add(from, i, kind);
        return i;
    }

    private static boolean isSymbol(char c) {
        return Character.getType(c) == Character.CURRENCY_SYMBOL || c == '%' || c == '#' || c == '+';
    }

    private void add(int start, int end, Kind kind) {
        if (size == starts.length) {
            int grown = size * 2;
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
            kinds = Arrays.copyOf(kinds, grown);
        }
        starts[size] = start;
        ends[size] = end;
        kinds[size] = (byte) kind.ordinal();
        size++;
    }

    int size() {
        return size;
    }

    String text() {
        return text;
    }

    /** Character {@code offset} of the text. */
    char charAt(int offset) {
        return chars[offset];
    }

    /** The characters of the whole text (not to be changed). */
    char[] chars() {
        return chars;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    Kind kind(int i) {
        return KINDS[kinds[i]];
    }

    boolean isWord(int i) {
        return i >= 0 && i < size && kinds[i] == Kind.WORD.ordinal();
    }

    boolean isNumber(int i) {
        return i >= 0 && i < size && kinds[i] == Kind.NUMBER.ordinal();
    }

    boolean isPunct(int i) {
        return i >= 0 && i < size && kinds[i] == Kind.PUNCT.ordinal();
    }

    /** The token as written. */
    String raw(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** The token lower-cased, with typographic apostrophes and dashes made plain. */
    String norm(int i) {
        String n = norms[i];
        if (n == null) {
            n = asciiNorm(starts[i], ends[i]);
            if (n == null) {
                n = normalize(text.substring(starts[i], ends[i]));
            }
            norms[i] = n;
        }
        return n;
    }

    /**
     * {@link #normalize(String)} of {@code chars[start, end)} in one pass when they are ASCII or
     * the marks it replaces, else null: the general path makes up to five strings per word.
     */
    private String asciiNorm(int start, int end) {
        char[] out = new char[end - start];
        for (int k = start; k < end; k++) {
            char c = chars[k];
            if (c < 0x80) {
                out[k - start] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            } else if (c == '’') {
                out[k - start] = '\'';
            } else if (c == '–' || c == '‑') {
                out[k - start] = '-';
            } else {
                return null;
            }
        }
        return new String(out);
    }

    /** Whether token {@code i} exists and its normal form is {@code word}. */
    boolean is(int i, String word) {
        return i >= 0 && i < size && ends[i] - starts[i] == word.length() && norm(i).equals(word);
    }

    boolean capitalized(int i) {
        return Chars.isUpperCase(chars[starts[i]]);
    }

    /** Whether the token is a single character {@code c}. */
    boolean isChar(int i, char c) {
        return i >= 0 && i < size && ends[i] - starts[i] == 1 && chars[starts[i]] == c;
    }

    static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('–', '-').replace('‑', '-');
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("Tokens[");
        for (int i = 0; i < size; i++) {
            b.append(i == 0 ? "" : " | ").append(raw(i));
        }
        return b.append(']').toString();
    }
}
