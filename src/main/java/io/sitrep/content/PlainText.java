package io.sitrep.content;

import java.util.Arrays;
import java.util.List;

/**
 * An article body as plain text, the input of the analysis stage, with a map from every
 * plain-text offset back to the offset in the Markdown source file (so a sentence found in
 * the text can be marked in the rendered page and reported as {@code file:line:col}).
 *
 * <p>Blocks are separated by a blank line ({@code "\n\n"}) in {@link #text()}, so no
 * sentence found in the text can cross a block boundary by accident.
 *
 * @param text          the plain text of the body, markup removed
 * @param sourceOffsets {@code text.length() + 1} offsets into the source file; the last one
 *                      maps the end of the text
 * @param blocks        the blocks in document order
 */
public record PlainText(String text, int[] sourceOffsets, List<TextBlock> blocks) {

    public PlainText {
        if (sourceOffsets.length != text.length() + 1) {
            throw new IllegalArgumentException("need one source offset per character plus one");
        }
        sourceOffsets = sourceOffsets.clone();
        blocks = List.copyOf(blocks);
    }

    /** The source-file offset of plain-text offset {@code index} (0..length inclusive). */
    public int toSource(int index) {
        return sourceOffsets[index];
    }

    @Override
    public int[] sourceOffsets() {
        return sourceOffsets.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlainText p && text.equals(p.text)
                && Arrays.equals(sourceOffsets, p.sourceOffsets) && blocks.equals(p.blocks);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * text.hashCode() + Arrays.hashCode(sourceOffsets)) + blocks.hashCode();
    }

    @Override
    public String toString() {
        return "PlainText[" + text.length() + " chars, " + blocks.size() + " blocks]";
    }
}
