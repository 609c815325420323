package io.sitrep.content;

/**
 * One loaded, validated article.
 *
 * <p>The source is held packed ({@link PackedText}: half the memory for text with curly quotes,
 * dashes or other characters beyond Latin-1; 10,000 sources: 90 MB as UTF-16, 46 MB packed) and
 * unpacked by {@link #source()} on each call, which is once per article page. Packing is
 * one-to-one, so equality is that of the sources.
 *
 * @param slug       the article's id: front matter {@code slug} or derived from the file name
 * @param path       the file's path relative to the content folder, with {@code /} separators
 * @param meta       the front matter
 * @param source     the whole file as read (UTF-8), front matter included
 * @param bodyStart  offset in {@code source} where the Markdown body begins
 * @param text       the body as plain text with offsets back into {@code source}
 * @param words      number of words in the body
 * @param sha256     hex digest of the file bytes, the key for caches
 */
public record Article(
        String slug,
        String path,
        FrontMatter meta,
        String source,
        int bodyStart,
        PlainText text,
        int words,
        String sha256) {

    public Article {
        source = PackedText.pack(source);
    }

    /** The whole file as read (UTF-8), front matter included: a new string on each call. */
    @Override
    public String source() {
        return PackedText.unpack(source);
    }

    /** The Markdown body, without front matter. */
    public String body() {
        return source().substring(bodyStart);
    }

    /** Page path relative to the site root, as SPEC's {@code articles.json} {@code path}. */
    public String pagePath() {
        return "articles/" + slug + ".html";
    }

    /** As a record's own, with the source as read. */
    @Override
    public String toString() {
        return "Article[slug=" + slug + ", path=" + path + ", meta=" + meta + ", source=" + source() + ", bodyStart="
                + bodyStart + ", text=" + text + ", words=" + words + ", sha256=" + sha256 + "]";
    }
}
