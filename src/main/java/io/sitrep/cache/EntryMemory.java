package io.sitrep.cache;

import io.sitrep.content.Article;
import java.util.HashMap;
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

    /** Number of entries kept. */
    public int size() {
        return entries.size();
    }
}
