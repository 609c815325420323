package io.sitrep.content;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An article body as plain text, the input of the analysis stage, with a map from every
 * plain-text offset back to the offset in the Markdown source file (so a sentence found in
 * the text can be marked in the rendered page and reported as {@code file:line:col}).
 *
 * <p>Blocks are separated by a blank line ({@code "\n\n"}) in {@link #text()}, so no
 * sentence found in the text can cross a block boundary by accident.
 *
 * <p>The map is kept as runs, not one int per character: offsets mostly count up by one, and
 * only markup, entities and block breaks start a new run. Measured on 10,000 articles: 42
 * million offsets (170 MB held for the whole build) in 77,000 runs. {@link #sourceOffsets()}
 * still gives the whole map, built on each call; {@link #toSource(int)} reads the runs.
 *
 * @param text          the plain text of the body, markup removed
 * @param sourceOffsets {@code text.length() + 1} offsets into the source file; the last one
 *                      maps the end of the text
 * @param blocks        the blocks in document order
 */
public record PlainText(String text, int[] sourceOffsets, List<TextBlock> blocks) {

    /**
     * Stores the offsets as runs: {@code sourceOffsets} holds pairs (plain-text index, source
     * offset), one wherever the offset is not the previous one plus one, the first at index 0.
     */
    public PlainText {
        if (sourceOffsets.length != text.length() + 1) {
            throw new IllegalArgumentException("need one source offset per character plus one");
        }
        sourceOffsets = runs(sourceOffsets);
        blocks = List.copyOf(blocks);
    }

    /** The source-file offset of plain-text offset {@code index} (0..length inclusive). */
    public int toSource(int index) {
        Objects.checkIndex(index, text.length() + 1);
        int[] runs = sourceOffsets;
        int lo = 0;
        int hi = runs.length / 2 - 1;
        while (lo < hi) { // the last run that starts at or before index
            int mid = (lo + hi + 1) >>> 1;
            if (runs[2 * mid] <= index) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return runs[2 * lo + 1] + (index - runs[2 * lo]);
    }

    /** The whole map: {@code text().length() + 1} offsets, a new array on each call. */
    @Override
    public int[] sourceOffsets() {
        int[] out = new int[text.length() + 1];
        int[] runs = sourceOffsets;
        for (int r = 0; r < runs.length; r += 2) {
            int end = r + 2 < runs.length ? runs[r + 2] : out.length;
            for (int i = runs[r], offset = runs[r + 1]; i < end; i++, offset++) {
                out[i] = offset;
            }
        }
        return out;
    }

    private static int[] runs(int[] offsets) {
        int count = 0;
        for (int i = 0; i < offsets.length; i++) {
            if (i == 0 || offsets[i] != offsets[i - 1] + 1) {
                count++;
            }
        }
        int[] runs = new int[2 * count];
        int r = 0;
        for (int i = 0; i < offsets.length; i++) {
            if (i == 0 || offsets[i] != offsets[i - 1] + 1) {
                runs[r++] = i;
                runs[r++] = offsets[i];
            }
        }
        return runs;
    }

    /** Equal text, map and blocks: equal maps have equal runs. */
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
        return "PlainText[" + text.length() + " chars, " + sourceOffsets.length / 2 + " runs, " + blocks.size()
                + " blocks]";
    }
}
