package io.sitrep.content;

/** A 1-based line and column in a text file. */
public record SourcePosition(int line, int column) {

    /** The position of character {@code offset} in {@code text} (columns count UTF-16 units). */
    public static SourcePosition of(CharSequence text, int offset) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourcePosition(line, end - lineStart + 1);
    }
}
