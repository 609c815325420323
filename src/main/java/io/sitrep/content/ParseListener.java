package io.sitrep.content;

import com.vladsch.flexmark.util.ast.Document;

/**
 * Hears of each article file the loader parsed, while its Flexmark document is at hand: a later
 * stage can take from it what it would otherwise parse the file again for. Called from the
 * loader's threads, so implementations must be thread-safe.
 */
@FunctionalInterface
public interface ParseListener {

    ParseListener NONE = (article, source, document) -> { };

    /**
     * @param source   the file as parsed, its front matter blanked: the document's offsets are offsets in it
     * @param document the parsed file; it must not be changed
     */
    void parsed(Article article, String source, Document document);
}
