package io.sitrep.content;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One loaded, validated article: immutable, equal to another when all its parts are.
 *
 * <p>The source is held packed ({@link PackedText}: half the memory for text with curly quotes,
 * dashes or other characters beyond Latin-1; 10,000 sources: 90 MB as UTF-16, 46 MB packed) and
 * unpacked by {@link #source()} on each call, which is once per article page. Packing is
 * one-to-one, so equality is that of the sources.
 *
 * <p>A class rather than a record so that the loader can hand over a file's bytes packed as
 * they are ({@link #ofUtf8}): a record's constructor would take the text and pack it again,
 * decoding and encoding every unchanged article of a rebuild (8 % of a one-article rebuild's CPU
 * at 10,000 articles).
 */
public final class Article {

    private final String slug;
    private final String path;
    private final FrontMatter meta;
    private final String packedSource;
    private final int bodyStart;
    private final PlainText text;
    private final int words;
    private final String sha256;

    /**
     * @param slug      the article's id: front matter {@code slug} or derived from the file name
     * @param path      the file's path relative to the content folder, with {@code /} separators
     * @param meta      the front matter
     * @param source    the whole file as read (UTF-8), front matter included
     * @param bodyStart offset in {@code source} where the Markdown body begins
     * @param text      the body as plain text with offsets back into {@code source}
     * @param words     number of words in the body
     * @param sha256    hex digest of the file bytes, the key for caches
     */
    public Article(String slug, String path, FrontMatter meta, String source, int bodyStart, PlainText text, int words,
                   String sha256) {
        this(slug, path, meta, bodyStart, text, words, sha256, PackedText.pack(source));
    }

    private Article(String slug, String path, FrontMatter meta, int bodyStart, PlainText text, int words,
                    String sha256, String packedSource) {
        this.slug = slug;
        this.path = path;
        this.meta = meta;
        this.packedSource = Objects.requireNonNull(packedSource);
        this.bodyStart = bodyStart;
        this.text = text;
        this.words = words;
        this.sha256 = sha256;
    }

    /**
     * The article of a file whose bytes are valid UTF-8 (the loader checked them when it first
     * read them), without decoding them: UTF-8 bytes are the packed form. A byte order mark is
     * read as a space, as the loader reads it.
     */
    static Article ofUtf8(String slug, String path, FrontMatter meta, byte[] utf8, int bodyStart, PlainText text,
                          int words, String sha256) {
        byte[] bytes = utf8;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            bytes = new byte[utf8.length - 2]; // U+FEFF (three bytes) becomes one space, as one char it was
            bytes[0] = ' ';
            System.arraycopy(utf8, 3, bytes, 1, utf8.length - 3);
        }
        return new Article(slug, path, meta, bodyStart, text, words, sha256,
                new String(bytes, StandardCharsets.ISO_8859_1));
    }

    public String slug() {
        return slug;
    }

    public String path() {
        return path;
    }

    public FrontMatter meta() {
        return meta;
    }

    /** The whole file as read (UTF-8), front matter included: a new string on each call. */
    public String source() {
        return PackedText.unpack(packedSource);
    }

    public int bodyStart() {
        return bodyStart;
    }

    public PlainText text() {
        return text;
    }

    public int words() {
        return words;
    }

    public String sha256() {
        return sha256;
    }

    /** The Markdown body, without front matter. */
    public String body() {
        return source().substring(bodyStart);
    }

    /** Page path relative to the site root, as SPEC's {@code articles.json} {@code path}. */
    public String pagePath() {
        return "articles/" + slug + ".html";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Article a && bodyStart == a.bodyStart && words == a.words && slug.equals(a.slug)
                && path.equals(a.path) && Objects.equals(meta, a.meta) && packedSource.equals(a.packedSource)
                && Objects.equals(text, a.text) && Objects.equals(sha256, a.sha256);
    }

    @Override
    public int hashCode() {
        return Objects.hash(slug, path, meta, packedSource, bodyStart, text, words, sha256);
    }

    @Override
    public String toString() {
        return "Article[slug=" + slug + ", path=" + path + ", meta=" + meta + ", source=" + source() + ", bodyStart="
                + bodyStart + ", text=" + text + ", words=" + words + ", sha256=" + sha256 + "]";
    }
}
