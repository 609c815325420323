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
 */
public final class PlainText {

    private final String text;
    /** Pairs (plain-text index, source offset), one wherever the offset is not the previous one plus one, the first at index 0. */
    private final int[] runs;
    private final List<TextBlock> blocks;

    /**
     * Stores the offsets as runs.
     *
     * @param text          the plain text of the body, markup removed
     * @param sourceOffsets {@code text.length() + 1} offsets into the source file; the last one
     *                      maps the end of the text
     * @param blocks        the blocks in document order
     */
    public PlainText(String text, int[] sourceOffsets, List<TextBlock> blocks) {
        if (sourceOffsets.length != text.length() + 1) {
            throw new IllegalArgumentException("need one source offset per character plus one");
        }
        this.text = text;
        this.runs = runs(sourceOffsets);
        this.blocks = List.copyOf(blocks);
    }

    private PlainText(String text, List<TextBlock> blocks, int[] runs) {
        this.text = text;
        this.runs = runs;
        this.blocks = List.copyOf(blocks);
    }

    /**
     * A plain text from the runs of its map, as {@link #runs()} gives them (a cache entry keeps
     * them so): the map is not spelled out one int per character only to be packed again.
     *
     * @throws IllegalArgumentException if they are not the runs of a map of {@code text.length() + 1} offsets
     */
    public static PlainText ofRuns(String text, int[] runs, List<TextBlock> blocks) {
        int[] copy = runs.clone();
        if (copy.length < 2 || copy.length % 2 != 0 || copy[0] != 0) {
            throw new IllegalArgumentException("not the runs of an offset map");
        }
        for (int r = 2; r < copy.length; r += 2) {
            int length = copy[r] - copy[r - 2];
            if (length <= 0 || copy[r] > text.length() || copy[r + 1] == copy[r - 1] + length) {
                throw new IllegalArgumentException("runs out of order, past the text or not packed at " + r / 2);
            }
        }
        return new PlainText(text, blocks, copy);
    }

    /** The plain text of the body, markup removed. */
    public String text() {
        return text;
    }

    /** The blocks in document order. */
    public List<TextBlock> blocks() {
        return blocks;
    }

    /** The runs of the map, for {@link #ofRuns}: pairs (plain-text index, source offset), a copy. */
    public int[] runs() {
        return runs.clone();
    }

    /** The source-file offset of plain-text offset {@code index} (0..length inclusive). */
    public int toSource(int index) {
        Objects.checkIndex(index, text.length() + 1);
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
    public int[] sourceOffsets() {
        int[] out = new int[text.length() + 1];
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
                && Arrays.equals(runs, p.runs) && blocks.equals(p.blocks);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * text.hashCode() + Arrays.hashCode(runs)) + blocks.hashCode();
    }

    @Override
    public String toString() {
        return "PlainText[" + text.length() + " chars, " + runs.length / 2 + " runs, " + blocks.size()
                + " blocks]";
    }
}
