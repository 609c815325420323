package io.sitrep.cache;

import io.sitrep.content.Article;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The cache entries of the last committed build, kept in memory by a process that builds again
 * and again ({@code sitrep serve}): a rebuild finds an unchanged article here instead of
 * reading and decoding its entry from disk. Entries are immutable and carry their format (with
 * the code), so one kept here is exactly the one on disk. Holds nothing until a build was saved.
 */
public final class EntryMemory {

    /** Keeps nothing: every build reads the entries from disk. */
    public static EntryMemory none() {
        return new EntryMemory(false);
    }

    /** Keeps the entries of each committed build for the next one. */
    public static EntryMemory kept() {
        return new EntryMemory(true);
    }

    private final boolean keeps;
    /** The indexes of the cache's pack files, read once by the process and kept while the files are. */
    private final PackIndexes packIndexes;
    private volatile Map<String, CacheEntry> entries = Map.of();
    private volatile Map<String, Article> articles = Map.of();
    /** The piece keys a kept build made for each of its articles, by article instance, with their format. */
    private volatile Map<Article, ArticleCache.Keys> pieceKeys = Map.of();
    private volatile String pieceKeysFormat;
    private volatile int livePieces;

    private EntryMemory(boolean keeps) {
        this.keeps = keeps;
        this.packIndexes = keeps ? PackIndexes.kept() : PackIndexes.NONE;
    }

    PackIndexes packIndexes() {
        return packIndexes;
    }

    /** The kept entry named {@code name}, or null. */
    CacheEntry get(String name) {
        return entries.get(name);
    }

    /** The article a kept build made of the entry named {@code name}, or null. */
    Article article(String name) {
        return articles.get(name);
    }

    /** Replaces what is kept by the entries a committed build used and the articles it made of them. */
    void keep(Map<String, CacheEntry> used, Map<String, Article> made) {
        if (keeps) {
            entries = Map.copyOf(used);
            Map<String, Article> kept = new HashMap<>(made);
            kept.keySet().retainAll(used.keySet());
            articles = Map.copyOf(kept);
        }
    }

    /**
     * The entry name and piece keys a kept build made for this article instance in {@code format},
     * or null: a rebuild at 10,000 articles made 60,000 keys again, a tenth of what it allocated.
     */
    ArticleCache.Keys pieceKeys(Article article, String format) {
        return format.equals(pieceKeysFormat) ? pieceKeys.get(article) : null;
    }

    /** How many pieces the last kept build used: a size to start the next build's set of them with. */
    int livePieces() {
        return livePieces;
    }

    /**
     * Keeps the piece keys of a committed build's articles and how many pieces it used; takes
     * {@code keys} (by article instance) as it is, to be read only from now on.
     */
    void keepPieceKeys(IdentityHashMap<Article, ArticleCache.Keys> keys, String format, int pieces) {
        if (keeps) {
            pieceKeys = Collections.unmodifiableMap(keys);
            pieceKeysFormat = format;
            livePieces = pieces;
        }
    }

    /** Number of entries kept. */
    public int size() {
        return entries.size();
    }
}
