package io.sitrep.cache;

import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.analysis.Analyzer;
import io.sitrep.analysis.ArticleAnalysis;
import io.sitrep.content.Article;
import io.sitrep.content.ContentLoader;
import io.sitrep.content.LoadCache;
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
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The per-article cache of a build, kept across builds in the output folder's state folder
 * ({@code site/.sitrep/cache/articles/}): for each article file (by path and SHA-256 of its
 * bytes) what loading gave, its analysis (with the analyzer's fingerprint: version, dictionary,
 * rules) and its rendered body.
 *
 * <p>It wraps the stages without changing them: the loader asks it before parsing, the
 * analysis goes through {@link #analyze}, the renderer asks it for bodies. Nothing is written
 * during the build; {@link #save()} writes the entries that changed (each to a temporary file
 * renamed into place) after the site was committed, and removes entries no article uses any
 * more. An entry that does not read back whole or was written by other code is ignored.
 */
public final class ArticleCache implements LoadCache, BodyCache {

    /** Bump when the stored form changes. */
    static final String FORMAT = "sitrep-article-cache-1";

    private final Path dir;
    private final String format;
    private final boolean readExisting;
    private final Map<String, CacheEntry> used = new ConcurrentHashMap<>();
    private final Set<String> changed = ConcurrentHashMap.newKeySet();

    private ArticleCache(Path dir, String format, boolean readExisting) {
        this.dir = dir;
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

    @Override
    public Loaded find(String path, String sha256, String display) {
        String name = name(path, sha256);
        CacheEntry e = used.computeIfAbsent(name, n -> readEntry(n, path, sha256));
        if (e == MISSING || !display.equals(e.loaded().display())) {
            used.remove(name, MISSING);
            return null;
        }
        return e.loaded();
    }

    @Override
    public void put(Loaded loaded) {
        String name = name(loaded.path(), loaded.sha256());
        used.put(name, new CacheEntry(format, loaded, null, null, null));
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
        String name = name(article.article().path(), article.article().sha256());
        CacheEntry e = used.get(name);
        if (e == null || e.analysis() == null || !e.analysis().equals(article.analysis())) {
            return render.get(); // not an analysis this cache made: nothing to key the body by
        }
        String cached = e.bodies().get(variant);
        if (cached != null) {
            return cached;
        }
        String html = render.get();
        used.computeIfPresent(name, (n, now) -> now.withBody(variant, html));
        changed.add(name);
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
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                if (!keep.contains(f.getFileName().toString()) && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(f);
                }
            }
        }
        changed.clear();
    }

    /** Whether this build added or changed entries, or has entries to remove. */
    int changedEntries() {
        return changed.size();
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
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(path.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(sha256.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest()).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Marks a looked-up name that has no usable entry (ConcurrentHashMap holds no nulls). */
    private static final CacheEntry MISSING = new CacheEntry("missing", null, null, null, null);
}
