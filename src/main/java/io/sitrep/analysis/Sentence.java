package io.sitrep.analysis;

/**
 * One sentence of an article's plain text.
 *
 * <p>To save a copy of every sentence (81 MB at 10,000 articles, held for the whole build),
 * {@link #of(int, int, int, String)} keeps the article's plain text and {@link #text()} cuts
 * the sentence out of it on each call. Both forms are equal when they give the same text.
 *
 * @param index position in the article, from 0; its HTML id is {@link #anchorId()}
 * @param start plain-text offset of the first character
 * @param end   plain-text offset just past the last character
 * @param text  the sentence as in the article; or, as {@link #of} stores it, the article's
 *              whole plain text, which is longer than the sentence and holds it at
 *              {@code [start, end)}
 */
public record Sentence(int index, int start, int end, String text) {

    /** The sentence {@code [start, end)} of {@code articleText}, kept as a view of that text. */
    public static Sentence of(int index, int start, int end, String articleText) {
        if (start < 0 || end < start || end > articleText.length()) {
            throw new IndexOutOfBoundsException("sentence [" + start + ", " + end + ") outside a text of "
                    + articleText.length());
        }
        return new Sentence(index, start, end, articleText);
    }

    /** The sentence as in the article. */
    @Override
    public String text() {
        return isView() ? text.substring(start, end) : text;
    }

    /** Whether {@code text} is the article's whole text rather than the sentence alone. */
    private boolean isView() {
        return text != null && text.length() != end - start && start >= 0 && end <= text.length() && start <= end;
    }

    /** The {@code id} of this sentence on its article page. */
    public String anchorId() {
        return "s" + (index + 1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sentence s && index == s.index && start == s.start && end == s.end
                && java.util.Objects.equals(text(), s.text());
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(index, start, end, text());
    }

    @Override
    public String toString() {
        return "Sentence[index=" + index + ", start=" + start + ", end=" + end + ", text=" + text() + "]";
    }
}
