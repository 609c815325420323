package io.sitrep.content;

import java.nio.charset.StandardCharsets;

/**
 * Keeps a long text in half the memory when it has characters beyond Latin-1: as its UTF-8
 * bytes, one per {@code char} of a Latin-1 string, which Java stores at one byte per char.
 * An article with a single curly quote or dash is otherwise held as UTF-16, two bytes per
 * char: the sources of the 10,000-article corpus take 90 MB that way, 46 MB packed.
 *
 * <p>Written here, not taken from a library, because the packed form must still be a
 * {@code String}: records ({@link Article}) hold their components in fields of the declared
 * type. Text that UTF-8 cannot carry (a lone surrogate, which a file decoded as UTF-8 never
 * has) is kept as it is behind a U+FFFF mark; no packed text has a char above U+00FF.
 */
final class PackedText {

    private static final char KEPT_AS_IS = '\uFFFF';

    private PackedText() {
    }

    /** The packed form of {@code text}; {@link #unpack} gives it back exactly. */
    static String pack(String text) {
        if (!wellFormed(text)) {
            return KEPT_AS_IS + text;
        }
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /** The text {@code packed} was made of. */
    static String unpack(String packed) {
        if (!packed.isEmpty() && packed.charAt(0) == KEPT_AS_IS) {
            return packed.substring(1);
        }
        return new String(packed.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    /** Whether every surrogate is half of a pair, so that UTF-8 carries the text unchanged. */
    private static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
