package io.sitrep.render;

import io.sitrep.aggregate.AnalyzedArticle;
import java.util.function.Supplier;

/**
 * Remembers the HTML bodies of articles across builds. Rendering a body (Markdown, marks,
 * sanitizer) is the costliest part of an article page; a cache lets an unchanged article's page
 * be checked against the previous build without rendering its body again.
 */
public interface BodyCache {

    /** No memory: every body is rendered. */
    BodyCache NONE = (article, variant, render) -> render.get();

    /**
     * The body of {@code article}, from the cache or from {@code render}.
     *
     * @param variant what else the body depends on besides the article, its analysis and the
     *                dictionary (the way to the root, whether raw HTML is kept)
     */
    String body(AnalyzedArticle article, String variant, Supplier<String> render);

    /**
     * A key that names the body {@link #body} would give (so a page can be keyed without the
     * body), or null when the cache cannot name it.
     */
    default String key(AnalyzedArticle article, String variant) {
        return null;
    }

    /**
     * Bytes made from {@code article} and its analysis alone (its rows of an exported file),
     * from the cache or from {@code make}: a rebuild reads the pieces of unchanged articles
     * instead of writing their rows again.
     *
     * @param variant which piece (the file it belongs to)
     */
    default byte[] piece(AnalyzedArticle article, String variant, Supplier<byte[]> make) {
        return make.get();
    }
}
