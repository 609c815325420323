package io.sitrep.render;

/**
 * One span of an article page to mark, in offsets of the article's source file.
 *
 * @param start  source offset of the first marked character
 * @param end    source offset just past the last marked character
 * @param layer  nesting order: a lower layer always encloses a higher one, so the marks of one
 *               run of text nest into valid HTML
 * @param tag    element name ({@code span}, {@code mark}, {@code time}, {@code a})
 * @param attrs  attributes of the element, already escaped, with a leading space
 * @param id     the {@code id} to put on the first piece of the span only, or null
 */
record Mark(int start, int end, Layer layer, String tag, String attrs, String id) {

    /** What a mark shows, outermost first. */
    enum Layer {
        SENTENCE, QUOTE, FIGURE, DATE, MENTION
    }

    boolean covers(int sourceOffset) {
        return sourceOffset >= start && sourceOffset < end;
    }
}
