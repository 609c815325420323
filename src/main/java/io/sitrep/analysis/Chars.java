package io.sitrep.analysis;

/**
 * The {@link Character} tests the finders use on every character, answered from a table for
 * ASCII and by {@link Character} for the rest, with the same results. Under the launcher's C1
 * JIT, {@code Character.isLetterOrDigit} costs 8-19 ns a call (its Unicode tables are not
 * inlined), an array look-up under 1 ns; most characters of an English article are ASCII.
 */
final class Chars {

    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    private static final byte SPACE = 4;
    private static final byte UPPER = 8;
    private static final byte LOWER = 16;
    private static final byte[] ASCII = new byte[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII[c] = (byte) ((Character.isLetter(c) ? LETTER : 0) | (Character.isDigit(c) ? DIGIT : 0)
                    | (Character.isWhitespace(c) ? SPACE : 0) | (Character.isUpperCase(c) ? UPPER : 0)
                    | (Character.isLowerCase(c) ? LOWER : 0));
        }
    }

    private Chars() {
    }

    static boolean isLetterOrDigit(char c) {
        return c < 0x80 ? (ASCII[c] & (LETTER | DIGIT)) != 0 : Character.isLetterOrDigit(c);
    }

    static boolean isLetter(char c) {
        return c < 0x80 ? (ASCII[c] & LETTER) != 0 : Character.isLetter(c);
    }

    static boolean isDigit(char c) {
        return c < 0x80 ? (ASCII[c] & DIGIT) != 0 : Character.isDigit(c);
    }

    static boolean isWhitespace(char c) {
        return c < 0x80 ? (ASCII[c] & SPACE) != 0 : Character.isWhitespace(c);
    }

    static boolean isUpperCase(char c) {
        return c < 0x80 ? (ASCII[c] & UPPER) != 0 : Character.isUpperCase(c);
    }

    static boolean isLowerCase(char c) {
        return c < 0x80 ? (ASCII[c] & LOWER) != 0 : Character.isLowerCase(c);
    }
}
