package io.sitrep.analysis;

/**
 * One sentence of an article's plain text.
 *
 * @param index position in the article, from 0; its HTML id is {@link #anchorId()}
 * @param start plain-text offset of the first character
 * @param end   plain-text offset just past the last character
 * @param text  the sentence as in the article
 */
public record Sentence(int index, int start, int end, String text) {

    /** The {@code id} of this sentence on its article page. */
    public String anchorId() {
        return "s" + (index + 1);
    }
}
