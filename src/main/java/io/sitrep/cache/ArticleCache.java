package io.sitrep.cache;

import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.analysis.Analyzer;
import io.sitrep.analysis.ArticleAnalysis;
import io.sitrep.content.Article;
import io.sitrep.content.ContentKey;
import io.sitrep.content.ContentLoader;
import io.sitrep.content.LoadCache;
import io.sitrep.content.Problem;
import io.sitrep.render.BodyCache;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The per-article cache of a build, kept across builds in the output folder's state folder
 * ({@code site/.sitrep/cache/articles/}): for each article file (by path and a hash of its
 * bytes) what loading gave and its analysis (with the analyzer's fingerprint: version,
 * dictionary, rules); and in {@code cache/bodies/} the rendered bodies, read only for pages
 * that must be rendered again. Both are kept in pack files ({@link PackStore}), entries in
 * {@link CacheCodec}'s binary form.
 *
 * <p>It wraps the stages without changing them: the loader asks it before parsing, the
 * analysis goes through {@link #analyze}, the renderer asks it for bodies. A build that will be
 * saved calls {@link #startSaving()} once the analysis is done: the changed entries are written
 * while the site renders and bodies as they are made, into a new pack that is completed and
 * renamed into place when the build ends (an entry is valid for its key whether or not the
 * build succeeds). {@link #save()}, after the site was committed, lets go of what no article
 * uses any more. An entry that does not read back whole or was written by other code is ignored.
 */
public final class ArticleCache implements LoadCache, BodyCache {

    /** Bump when the stored form changes. */
    static final String FORMAT = "sitrep-article-cache-5";

    private final PackStore entries;
    private final PackStore bodies;
    private final String format;
    private final boolean readExisting;
    private final EntryMemory memory;
    private final Map<String, CacheEntry> used = new ConcurrentHashMap<>();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    /** Entry names by article (path and SHA-256), for the stages after loading, which know articles only. */
    private final Map<String, String> names = new ConcurrentHashMap<>();
    /** Each article's entry name and piece keys, made once per build ({@link #key}). */
    private final Map<Same, Keys> keysOf = new ConcurrentHashMap<>();
    /** The strings of the entries read in this build, each held once however many entries have it. */
    private final Map<String, String> strings = new ConcurrentHashMap<>();
    /** The articles this build analysed, by entry name: kept in memory with the entries for the next build. */
    private final Map<String, Article> articles = new ConcurrentHashMap<>();
    /**
     * Bodies and other pieces by key: those made by this build and not yet written (to save), the
     * keys of those it made (to count), and the keys every page or export asked for (to keep).
     */
    private final Map<String, byte[]> newPieces = new ConcurrentHashMap<>();
    private final Set<String> madeBodies = ConcurrentHashMap.newKeySet();
    private final Set<String> liveBodies;
    /** Set by {@link #startSaving()}: bodies are written as they are made, entries on a thread of their own. */
    private volatile boolean writingThrough;
    private CompletableFuture<Void> entriesWritten;

    private ArticleCache(Path dir, String format, boolean readExisting, EntryMemory memory) {
        this.memory = memory;
        // sized as the last build's (60,000 pieces at 10,000 articles): adding to it while it grew
        // step by step was a quarter of the keys' JFR samples in a serve rebuild
        this.liveBodies = ConcurrentHashMap.newKeySet(Math.max(16, memory.livePieces() * 9 / 8));
        this.entries = new PackStore(dir, format, readExisting, memory.packIndexes());
        this.bodies = new PackStore(dir.resolveSibling("bodies"), format, readExisting, memory.packIndexes());
        this.format = format;
        this.readExisting = readExisting;
    }

    /**
     * The cache kept in {@code stateDir} (which need not exist yet).
     *
     * @param readExisting false to use nothing from earlier builds (they are replaced on save)
     */
    public static ArticleCache in(Path stateDir, boolean readExisting) {
        return in(stateDir, readExisting, EntryMemory.none());
    }

    /**
     * The cache kept in {@code stateDir}, looking first in {@code memory} (the entries of the
     * previous build of this process) and keeping there the entries of this build once saved.
     */
    public static ArticleCache in(Path stateDir, boolean readExisting, EntryMemory memory) {
        return new ArticleCache(stateDir.resolve("cache").resolve("articles"),
                FORMAT + ":" + ContentLoader.VERSION + ":" + CodeVersion.fingerprint(), readExisting, memory);
    }

    /** For tests: a cache whose entries are trusted only by caches of the same {@code code}. */
    static ArticleCache in(Path stateDir, String code) {
        return new ArticleCache(stateDir.resolve("cache").resolve("articles"), FORMAT + ":" + code, true,
                EntryMemory.none());
    }

    /**
     * The key of the body of {@code article} in {@code variant}: a digest of the cache format
     * (with the code), the article file, its analysis key and the variant. Null when the
     * analysis is not one this cache made (then nothing names the body).
     */
    @Override
    public String key(AnalyzedArticle article, String variant) {
        Keys keys = keysOf.get(new Same(article.article()));
        if (keys == null) {
            // the same instance as in the last build of this process: the same file, so the same
            // name; its pieces' keys are checked against the analysis key below
            Keys kept = memory.pieceKeys(article.article(), format);
            keys = kept != null ? kept : new Keys(nameOf(article.article()));
            if (!keys.name().equals("-")) { // an article not loaded through this cache is looked up again
                keysOf.put(new Same(article.article()), keys);
            }
        }
        CacheEntry e = used.get(keys.name());
        if (e == null || e == MISSING || e.analysis() == null
                || e.analysis() != article.analysis() && !e.analysis().equals(article.analysis())) {
            return null;
        }
        Piece piece = keys.pieces().get(variant);
        if (piece == null || !piece.analysisKey().equals(e.analysisKey())) {
            piece = new Piece(e.analysisKey(), digest(format, keys.name(), e.analysisKey(), variant));
            keys.pieces().put(variant, piece);
        }
        liveBodies.add(piece.key());
        return piece.key();
    }

    /**
     * An article's entry name and the keys of its pieces, made once per build (and kept for the
     * next build of the process, {@link EntryMemory}): a build asks for them for every page and
     * every data export (a fresh id string looked up and a SHA-256 per request were 3 % of a
     * rebuild at 10,000 articles).
     */
    record Keys(String name, Map<String, Piece> pieces) {
        Keys(String name) {
            this(name, new ConcurrentHashMap<>());
        }
    }

    /** A piece's key and the analysis key it was made with. */
    private record Piece(String analysisKey, String key) {
    }

    /** An article as a map key by identity: equal articles of different files must not share an entry. */
    private record Same(Article article) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same s && s.article == article;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(article);
        }
    }

    @Override
    public Loaded find(String path, String key, String display) {
        String name = name(path, key);
        CacheEntry e = used.computeIfAbsent(name, n -> readEntry(n, path, key));
        if (e == MISSING) {
            used.remove(name, MISSING);
            return null;
        }
        names.put(articleId(path, e.loaded().sha256()), name);
        return renamed(e.loaded(), display);
    }

    /** The entry as seen from another working folder: its warnings name the file as it is shown now. */
    private static Loaded renamed(Loaded l, String display) {
        if (display.equals(l.display())) {
            return l;
        }
        List<Problem> warnings = l.warnings().stream().map(p -> p.file().equals(l.display())
                ? new Problem(display, p.line(), p.column(), p.message(), p.hint()) : p).toList();
        return new Loaded(l.path(), l.key(), l.sha256(), display, l.meta(), l.bodyStart(), l.text(), l.words(), l.slugAt(),
                warnings);
    }

    @Override
    public Article article(String path, String key) {
        return readExisting ? memory.article(name(path, key)) : null;
    }

    @Override
    public void put(Loaded loaded) {
        String name = name(loaded.path(), loaded.key());
        names.put(articleId(loaded.path(), loaded.sha256()), name);
        used.put(name, new CacheEntry(format, loaded, null, null));
        changed.add(name);
    }

    /** The analysis of {@code article}: the cached one when made with the same analyzer, else a new one. */
    public ArticleAnalysis analyze(Analyzer analyzer, Article article) {
        String name = nameOf(article);
        if (used.containsKey(name)) {
            articles.put(name, article);
        }
        String key = analyzer.fingerprint() + "|" + article.slug();
        CacheEntry e = used.get(name);
        if (e != null && key.equals(e.analysisKey())) {
            return e.analysis();
        }
        ArticleAnalysis result = analyzer.analyze(article);
        if (e != null) {
            used.put(name, e.withAnalysis(key, result));
            changed.add(name);
        }
        return result;
    }

    @Override
    public String body(AnalyzedArticle article, String variant, Supplier<String> render) {
        String[] made = new String[1]; // a body made here is returned as it is, not decoded again
        byte[] bytes = piece(article, variant, () -> {
            made[0] = render.get();
            return made[0].getBytes(StandardCharsets.UTF_8);
        });
        return made[0] != null ? made[0] : new String(bytes, StandardCharsets.UTF_8);
    }

    /** A body or another piece of one article, kept in the bodies' packs by its {@link #key}. */
    @Override
    public byte[] piece(AnalyzedArticle article, String variant, Supplier<byte[]> make) {
        String key = key(article, variant);
        if (key == null) {
            return make.get(); // not an analysis this cache made: nothing to key the piece by
        }
        byte[] waiting = newPieces.get(key);
        if (waiting != null) {
            return waiting;
        }
        byte[] kept = bodies.read(key); // null when missing or damaged: made again below
        if (kept != null) {
            return kept;
        }
        byte[] made = make.get();
        madeBodies.add(key);
        if (!writingThrough || !writeBlob(key, made)) {
            newPieces.put(key, made);
        }
        return made;
    }

    /**
     * Starts saving, once every article is loaded and analysed: the entries this build added or
     * changed are written on a thread of their own while the site renders, and bodies as they are
     * made (on the render's threads) instead of all at the end. Each file is renamed into place
     * whole and is valid for its key whatever becomes of the build, so nothing waits for the
     * commit but the removal of what no article uses ({@link #save()}).
     */
    public void startSaving() {
        if (entriesWritten != null) {
            return;
        }
        writingThrough = true;
        entriesWritten = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                writeEntries();
                entriesWritten.complete(null);
            } catch (IOException | RuntimeException | Error e) { // an Error too, or stopSaving() would wait forever
                entriesWritten.completeExceptionally(e);
            }
        }, "sitrep-cache");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Waits until nothing is being written into the cache, keeps what was written (it is valid
     * for its keys whatever the outcome of the build) and closes the cache's files.
     */
    public void stopSaving() {
        writingThrough = false;
        if (entriesWritten != null) {
            entriesWritten.exceptionally(e -> null).join();
        }
        try {
            entries.flush();
            bodies.flush();
        } catch (IOException e) {
            // what was not kept is made again by the next build
        } finally {
            entries.close();
            bodies.close();
        }
    }

    /**
     * Writes the entries this build added or changed and the bodies not written yet, and removes
     * the entries and bodies it did not use. Call only after a build that loaded every article
     * and was committed.
     */
    public void save() throws IOException {
        if (entriesWritten == null) {
            writeEntries();
        } else {
            writingThrough = false;
            try {
                entriesWritten.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        Map<String, CacheEntry> kept = used.entrySet().stream().filter(x -> x.getValue() != MISSING)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        entries.finish(kept.keySet());
        for (var b : new java.util.TreeMap<>(newPieces).entrySet()) {
            bodies.put(b.getKey(), b.getValue());
        }
        bodies.finish(liveBodies);
        memory.keep(kept, articles);
        java.util.IdentityHashMap<Article, Keys> keys = new java.util.IdentityHashMap<>();
        keysOf.forEach((same, k) -> keys.put(same.article(), k));
        memory.keepPieceKeys(keys, format, liveBodies.size());
        changed.clear();
        newPieces.clear();
        entriesWritten = null;
    }

    /** The entries this build added or changed, into this build's pack. */
    private void writeEntries() throws IOException {
        for (String name : changed.stream().sorted().toList()) {
            CacheEntry e = used.get(name);
            if (e != null && e != MISSING) {
                entries.put(name, CacheCodec.write(e));
            }
        }
    }

    /** Writes a body as it is made; false when it could not be (then it is kept for {@link #save()}). */
    private boolean writeBlob(String key, byte[] bytes) {
        try {
            bodies.put(key, bytes);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Number of article entries a build would find in {@code stateDir} (the state folder of an
     * output folder), for tests and reports.
     */
    public static int storedEntries(Path stateDir) {
        return in(stateDir, true).storedEntryCount();
    }

    /** Number of entries this cache can read; closes it. */
    int storedEntryCount() {
        try {
            return entries.size();
        } finally {
            stopSaving();
        }
    }

    /** Number of entries this build added or changed. */
    int changedEntries() {
        return changed.size();
    }

    /** Number of bodies this build rendered. */
    int renderedBodies() {
        return madeBodies.size();
    }

    /** The entry name of an article this cache found or was given (null for another article). */
    private String nameOf(Article article) {
        String name = names.get(articleId(article.path(), article.sha256()));
        return name == null ? "-" : name;
    }

    private static String articleId(String path, String sha256) {
        return path + '\0' + sha256;
    }

    private CacheEntry readEntry(String name, String path, String key) {
        if (!readExisting) {
            return MISSING;
        }
        CacheEntry kept = memory.get(name);
        if (kept != null && format.equals(kept.format()) && path.equals(kept.loaded().path())
                && key.equals(kept.loaded().key())) {
            return kept;
        }
        byte[] bytes = entries.read(name);
        CacheEntry e = bytes == null ? null : CacheCodec.read(bytes, format, strings);
        boolean matches = e != null && path.equals(e.loaded().path()) && key.equals(e.loaded().key());
        return matches ? e : MISSING;
    }

    /** The entry's file name: a digest of path and content key, so any path is a safe name. */
    static String name(String path, String key) {
        return digest(path, key);
    }

    /**
     * Entry names and piece keys: a {@link ContentKey} (128-bit MurmurHash3) of the parts, each
     * ended by a zero byte, without its prefix. A build makes one per article and piece (80,000
     * at 10,000 articles); as SHA-256 they were 2 % of a one-article rebuild's CPU under C1.
     */
    private static String digest(String... parts) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(256);
        for (String p : parts) {
            bytes.writeBytes(p.getBytes(StandardCharsets.UTF_8));
            bytes.write(0);
        }
        return ContentKey.of(bytes.toByteArray()).substring(3);
    }

    /** Marks a looked-up name that has no usable entry (ConcurrentHashMap holds no nulls). */
    private static final CacheEntry MISSING = new CacheEntry("missing", null, null, null);
}
