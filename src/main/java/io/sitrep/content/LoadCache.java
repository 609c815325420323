package io.sitrep.content;

import java.util.List;

/**
 * Remembers what loading an article file gave (front matter, plain text, warnings), so that a
 * file whose bytes did not change is not parsed again. Keyed by the file's path and a fast
 * 128-bit hash of its bytes ({@link ContentKey}); the warnings it gives back name the file as
 * {@code display}. The SHA-256 an article is known by is kept with it, so a file found here is
 * not digested again.
 */
public interface LoadCache {

    /** No memory: every file is parsed. */
    LoadCache NONE = new LoadCache() {
        @Override
        public Loaded find(String path, String key, String display) {
            return null;
        }

        @Override
        public void put(Loaded loaded) {
            // forgets
        }
    };

    /** What the loader found in a file, or null; its warnings name the file as {@code display}. */
    Loaded find(String path, String key, String display);

    void put(Loaded loaded);

    /**
     * The article the previous build of this process made of the file with this path and key
     * (then the loader need not decode the file again), or null.
     */
    default Article article(String path, String key) {
        return null;
    }

    /**
     * One file as the loader read it: all of {@link Article} but the source text (read again,
     * cheaply) and the slug (derived again from the file name or front matter).
     *
     * @param key      the {@link ContentKey} of the file's bytes, what the cache looks it up by
     * @param slugAt   where the front matter's slug is, for duplicate-slug messages
     * @param warnings the file's warnings, reported again on every build
     */
    record Loaded(String path, String key, String sha256, String display, FrontMatter meta, int bodyStart, PlainText text,
                  int words, SourcePosition slugAt, List<Problem> warnings) {
        public Loaded {
            warnings = List.copyOf(warnings);
        }
    }
}
