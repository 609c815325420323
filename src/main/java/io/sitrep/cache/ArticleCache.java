package io.sitrep.cache;

import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.analysis.Analyzer;
import io.sitrep.analysis.ArticleAnalysis;
import io.sitrep.content.Article;
import io.sitrep.content.ContentLoader;
import io.sitrep.content.LoadCache;
import io.sitrep.content.Problem;
import io.sitrep.render.BodyCache;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The per-article cache of a build, kept across builds in the output folder's state folder
 * ({@code site/.sitrep/cache/articles/}): for each article file (by path and SHA-256 of its
 * bytes) what loading gave and its analysis (with the analyzer's fingerprint: version,
 * dictionary, rules); and in {@code cache/bodies/} the rendered bodies, read only for pages
 * that must be rendered again.
 *
 * <p>It wraps the stages without changing them: the loader asks it before parsing, the
 * analysis goes through {@link #analyze}, the renderer asks it for bodies. Nothing is written
 * during the build; {@link #save()} writes the entries that changed (each to a temporary file
 * renamed into place) after the site was committed, and removes entries no article uses any
 * more. An entry that does not read back whole or was written by other code is ignored.
 */
public final class ArticleCache implements LoadCache, BodyCache {

    /**
     * Rendered bodies are HTML fragments, not pages: a suffix of their own keeps HTML checkers
     * and static hosts from taking them for pages of the site.
     */
    static final String BODY_SUFFIX = ".body";


    /** Bump when the stored form changes. */
    static final String FORMAT = "sitrep-article-cache-1";

    private final Path dir;
    private final Path bodyDir;
    private final String format;
    private final boolean readExisting;
    private final Map<String, CacheEntry> used = new ConcurrentHashMap<>();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();
    /** Bodies by key: those made by this build (to save), and the keys every page asked for (to keep). */
    private final Map<String, String> newBodies = new ConcurrentHashMap<>();
    private final Set<String> liveBodies = ConcurrentHashMap.newKeySet();

    private ArticleCache(Path dir, String format, boolean readExisting) {
        this.dir = dir;
        this.bodyDir = dir.resolveSibling("bodies");
        this.format = format;
        this.readExisting = readExisting;
    }

    /**
     * The cache kept in {@code stateDir} (which need not exist yet).
     *
     * @param readExisting false to use nothing from earlier builds (they are replaced on save)
     */
    public static ArticleCache in(Path stateDir, boolean readExisting) {
        return new ArticleCache(stateDir.resolve("cache").resolve("articles"),
                FORMAT + ":" + ContentLoader.VERSION + ":" + CodeVersion.fingerprint(), readExisting);
    }

    /** For tests: a cache whose entries are trusted only by caches of the same {@code code}. */
    static ArticleCache in(Path stateDir, String code) {
        return new ArticleCache(stateDir.resolve("cache").resolve("articles"), FORMAT + ":" + code, true);
    }

    /**
     * The key of the body of {@code article} in {@code variant}: a digest of the cache format
     * (with the code), the article file, its analysis key and the variant. Null when the
     * analysis is not one this cache made (then nothing names the body).
     */
    @Override
    public String key(AnalyzedArticle article, String variant) {
        String name = name(article.article().path(), article.article().sha256());
        CacheEntry e = used.get(name);
        if (e == null || e == MISSING || e.analysis() == null || !e.analysis().equals(article.analysis())) {
            return null;
        }
        String key = digest(format, name, e.analysisKey(), variant);
        liveBodies.add(key);
        return key;
    }

    @Override
    public Loaded find(String path, String sha256, String display) {
        String name = name(path, sha256);
        CacheEntry e = used.computeIfAbsent(name, n -> readEntry(n, path, sha256));
        if (e == MISSING) {
            used.remove(name, MISSING);
            return null;
        }
        return renamed(e.loaded(), display);
    }

    /** The entry as seen from another working folder: its warnings name the file as it is shown now. */
    private static Loaded renamed(Loaded l, String display) {
        if (display.equals(l.display())) {
            return l;
        }
        List<Problem> warnings = l.warnings().stream().map(p -> p.file().equals(l.display())
                ? new Problem(display, p.line(), p.column(), p.message(), p.hint()) : p).toList();
        return new Loaded(l.path(), l.sha256(), display, l.meta(), l.bodyStart(), l.text(), l.words(), l.slugAt(),
                warnings);
    }

    @Override
    public void put(Loaded loaded) {
        String name = name(loaded.path(), loaded.sha256());
        used.put(name, new CacheEntry(format, loaded, null, null));
        changed.add(name);
    }

    /** The analysis of {@code article}: the cached one when made with the same analyzer, else a new one. */
    public ArticleAnalysis analyze(Analyzer analyzer, Article article) {
        String name = name(article.path(), article.sha256());
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
        String key = key(article, variant);
        if (key == null) {
            return render.get(); // not an analysis this cache made: nothing to key the body by
        }
        String made = newBodies.get(key);
        if (made != null) {
            return made;
        }
        Path file = bodyDir.resolve(key + BODY_SUFFIX);
        if (readExisting && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                return Files.readString(file); // written whole or not at all (renamed into place)
            } catch (IOException | RuntimeException e) {
                // unreadable: made again below
            }
        }
        String html = render.get();
        newBodies.put(key, html);
        return html;
    }

    /**
     * Writes the entries this build added or changed and removes those it did not use. Call
     * only after a build that loaded every article and was committed.
     */
    public void save() throws IOException {
        Files.createDirectories(dir);
        for (String name : changed.stream().sorted().toList()) {
            CacheEntry e = used.get(name);
            if (e == null || e == MISSING) {
                continue;
            }
            Path tmp = dir.resolve(name + ".tmp");
            Files.write(tmp, CacheCodec.write(e));
            Files.move(tmp, dir.resolve(name + ".json"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
        Set<String> keep = used.entrySet().stream().filter(x -> x.getValue() != MISSING)
                .map(x -> x.getKey() + ".json").collect(Collectors.toSet());
        prune(dir, keep);
        Files.createDirectories(bodyDir);
        for (var b : new java.util.TreeMap<>(newBodies).entrySet()) {
            Path tmp = bodyDir.resolve(b.getKey() + ".tmp");
            Files.writeString(tmp, b.getValue());
            Files.move(tmp, bodyDir.resolve(b.getKey() + BODY_SUFFIX), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
        prune(bodyDir, liveBodies.stream().map(k -> k + BODY_SUFFIX).collect(Collectors.toSet()));
        changed.clear();
        newBodies.clear();
    }

    /** Removes the files of {@code folder} not named in {@code keep} (left-over temporary files too). */
    private static void prune(Path folder, Set<String> keep) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                if (!keep.contains(f.getFileName().toString()) && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(f);
                }
            }
        }
    }

    /** Number of entries this build added or changed. */
    int changedEntries() {
        return changed.size();
    }

    /** Number of bodies this build rendered. */
    int renderedBodies() {
        return newBodies.size();
    }

    private CacheEntry readEntry(String name, String path, String sha256) {
        Path file = dir.resolve(name + ".json");
        try {
            if (!readExisting || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                return MISSING;
            }
            CacheEntry e = CacheCodec.read(Files.readAllBytes(file), format);
            boolean matches = e != null && path.equals(e.loaded().path()) && sha256.equals(e.loaded().sha256());
            return matches ? e : MISSING;
        } catch (IOException e) {
            return MISSING;
        }
    }

    /** The entry's file name: a digest of path and content digest, so any path is a safe name. */
    static String name(String path, String sha256) {
        return digest(path, sha256);
    }

    private static String digest(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                md.update(p.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Marks a looked-up name that has no usable entry (ConcurrentHashMap holds no nulls). */
    private static final CacheEntry MISSING = new CacheEntry("missing", null, null, null);
}
