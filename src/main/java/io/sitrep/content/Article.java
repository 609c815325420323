package io.sitrep.content;

/**
 * One loaded, validated article.
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

    /** The Markdown body, without front matter. */
    public String body() {
        return source.substring(bodyStart);
    }

    /** Page path relative to the site root, as SPEC's {@code articles.json} {@code path}. */
    public String pagePath() {
        return "articles/" + slug + ".html";
    }
}
