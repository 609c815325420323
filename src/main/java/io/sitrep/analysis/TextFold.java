package io.sitrep.analysis;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Folds text for name matching: lower case, no diacritics (Erdoğan → erdogan), letters that do
 * not decompose mapped by hand (ı ł ø đ ß æ œ), hyphens and runs of white space as one space,
 * editorial brackets dropped ("[Donald] Trump" → "donald trump"), and apostrophes inside a
 * word dropped ("Ma’arat" → "maarat") except the possessive ’s, which stays after a
 * {@code '} so that "Turkey’s" still ends the word "turkey".
 *
 * <p>Every folded character keeps the offset of the source character it came from, so a match
 * in the folded text maps back to the words as written.
 *
 * <p>Hand-written around the JDK {@link Normalizer}: ICU4J transliterates fully but weighs
 * 14.5 MiB, and names in the press only need Latin letters folded.
 */
final class TextFold {

    /** Folded form of every char below this, computed once; null for "drop". */
    private static final int TABLE_SIZE = 0x0300;
    private static final String[] TABLE = buildTable();

    /** What to do with an ASCII character: one array look-up on the common path. */
    private static final byte KEEP = 0;
    private static final byte UPPER = 1;
    private static final byte SPACE = 2;
    private static final byte APOSTROPHE = 3;
    private static final byte DROP = 4;
    /** Punctuation and symbols, kept as they are. */
    private static final byte LITERAL = 5;
    private static final byte[] ASCII = buildAscii();

    private static byte[] buildAscii() {
        byte[] a = new byte[0x80];
        for (char c = 0; c < 0x80; c++) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                a[c] = KEEP;
            } else if (c >= 'A' && c <= 'Z') {
                a[c] = UPPER;
            } else if (Character.isWhitespace(c) || c == '-') {
                a[c] = SPACE;
            } else if (isApostrophe(c)) {
                a[c] = APOSTROPHE;
            } else if (c == '[' || c == ']') {
                a[c] = DROP;
            } else {
                a[c] = LITERAL;
            }
        }
        return a;
    }

    /** The folded characters, {@code [0, length)}. */
    private final char[] chars;
    private final int length;
    /** For each folded character, the offset of its source character; one more entry maps the end. */
    private final int[] origin;

    private TextFold(char[] chars, int length, int[] origin) {
        this.chars = chars;
        this.length = length;
        this.origin = origin;
    }

    /** The folded text. */
    String text() {
        return new String(chars, 0, length);
    }

    /** The folded characters: {@link #length()} of them, the array may be longer. */
    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    /** The folded form of a whole string, for dictionary keys. */
    static String key(String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            char c = s.charAt(i);
            plain = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
        }
        return plain ? s : of(s, 0, s.length()).text().strip();
    }

    /** Folds {@code s[from, to)}; its offsets map back into {@code s}. */
    static TextFold of(CharSequence s, int from, int to) {
        char[] in = new char[to - from];
        if (s instanceof String string) {
            string.getChars(from, to, in, 0); // one copy, then array reads: String.charAt is slow under C1
        } else {
            for (int i = from; i < to; i++) {
                in[i - from] = s.charAt(i);
            }
        }
        return of(in, from);
    }

    /** Folds all of {@code in}; its offsets map back to {@code in}'s offsets plus {@code base}. */
    private static TextFold of(char[] in, int base) {
        int from = base;
        int to = base + in.length;
        char[] out = new char[(to - from) + 16];
        int[] map = new int[out.length + 1];
        int n = 0;
        for (int k = 0; k < in.length; k++) {
            char c = in[k];
            if (n + 4 >= out.length) {
                out = Arrays.copyOf(out, out.length * 2);
                map = Arrays.copyOf(map, out.length + 1);
            }
            byte kind = c < 0x80 ? ASCII[c] : nonAscii(c);
            switch (kind) {
                case KEEP, LITERAL -> {
                    map[n] = from + k;
                    out[n++] = c;
                }
                case UPPER -> {
                    map[n] = from + k;
                    out[n++] = (char) (c + 32);
                }
                case SPACE -> {
                    if (n > 0 && out[n - 1] != ' ') {
                        map[n] = from + k;
                        out[n++] = ' ';
                    }
                }
                case APOSTROPHE -> {
                    if (!apostropheInsideWord(in, k)) {
                        map[n] = from + k;
                        out[n++] = '\'';
                    }
                }
                case DROP -> {
                }
                default -> {
                    String folded = fold(c);
                    for (int f = 0; f < folded.length(); f++) {
                        map[n] = from + k;
                        out[n++] = folded.charAt(f);
                    }
                }
            }
        }
        map[n] = to;
        return new TextFold(out, n, map);
    }

    /** Folds {@code chars[from, to)}; its offsets map back into {@code chars}. */
    static TextFold of(char[] chars, int from, int to) {
        return from == 0 && to == chars.length ? of(chars, 0) : of(java.util.Arrays.copyOfRange(chars, from, to), from);
    }

    /** The kind of a character from U+0080 on; {@code -1} for "fold it". */
    private static byte nonAscii(char c) {
        if (Character.isWhitespace(c) || c == '\u00A0' || isHyphen(c)) {
            return SPACE;
        }
        return isApostrophe(c) ? APOSTROPHE : -1;
    }

    /** Source offset of folded offset {@code i}. */
    int source(int i) {
        return origin[i];
    }

    /** Source offset just past the source character of folded offset {@code end - 1}. */
    int sourceEnd(int end) {
        return end == 0 ? origin[0] : origin[end - 1] + 1;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == '‘' || c == 'ʼ' || c == 'ʻ' || c == 'ʿ' || c == 'ʾ'
                || c == '`' || c == '´' || c == '′';
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '‐' || c == '‑' || c == '‒' || c == '–' || c == '—' || c == '―';
    }

    /** An apostrophe between two letters that is not a possessive ’s ("Nu’man", not "Turkey’s"). */
    private static boolean apostropheInsideWord(char[] s, int i) {
        if (i == 0 || i + 1 >= s.length || !Character.isLetter(s[i - 1]) || !Character.isLetter(s[i + 1])) {
            return false;
        }
        char next = s[i + 1];
        boolean possessive = (next == 's' || next == 'S') && (i + 2 >= s.length || !Character.isLetterOrDigit(s[i + 2]));
        return !possessive;
    }

    private static String fold(char c) {
        if (c < TABLE_SIZE) {
            return TABLE[c];
        }
        if (Character.isSurrogate(c) || c >= 0x2000 && c < 0x2C00) {
            return String.valueOf(c); // punctuation and symbols: nothing to fold
        }
        return decompose(c);
    }

    private static String[] buildTable() {
        String[] table = new String[TABLE_SIZE];
        for (char c = 0; c < TABLE_SIZE; c++) {
            table[c] = decompose(c);
        }
        return table;
    }

    private static String decompose(char c) {
        switch (c) {
            case 'ı', 'İ' -> { return "i"; }
            case 'ł', 'Ł' -> { return "l"; }
            case 'ø', 'Ø' -> { return "o"; }
            case 'đ', 'Đ', 'ð', 'Ð' -> { return "d"; }
            case 'ß' -> { return "ss"; }
            case 'æ', 'Æ' -> { return "ae"; }
            case 'œ', 'Œ' -> { return "oe"; }
            case 'þ', 'Þ' -> { return "th"; }
            default -> { }
        }
        if (c < 0x80) {
            return String.valueOf(Character.toLowerCase(c));
        }
        String nfd = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(nfd.length());
        for (int k = 0; k < nfd.length(); k++) {
            char d = nfd.charAt(k);
            int type = Character.getType(d);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                    && type != Character.COMBINING_SPACING_MARK) {
                b.append(Character.toLowerCase(d));
            }
        }
        return b.toString();
    }
}
