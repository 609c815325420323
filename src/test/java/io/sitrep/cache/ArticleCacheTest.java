package io.sitrep.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.analysis.Analyzer;
import io.sitrep.analysis.ArticleAnalysis;
import io.sitrep.analysis.Dictionary;
import io.sitrep.analysis.FigureRules;
import io.sitrep.content.Article;
import io.sitrep.content.Content;
import io.sitrep.content.ContentLoader;
import io.sitrep.content.LoadCache;
import io.sitrep.content.Markdown;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleCacheTest {

    @TempDir
    Path dir;

    private Path content;
    private final Markdown markdown = new Markdown();

    @BeforeEach
    void content() throws Exception {
        content = dir.resolve("content");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("articles/2020-02-05-a.md"),
                "---\ntitle: \"A\"\ndate: 2020-02-05\nsource: Rudaw\n---\n\nTurkey *sent* troops. Russia denied it.\n");
    }

    private Content load(ArticleCache cache) throws Exception {
        return new ContentLoader(markdown, cache).load(content, false);
    }

    @Test
    void anUnchangedFileIsTakenFromTheCacheWithoutParsing() throws Exception {
        ArticleCache first = ArticleCache.in(dir.resolve("state"), "code-1");
        Article parsed = load(first).articles().get(0);
        first.save();

        AtomicInteger parses = new AtomicInteger();
        ArticleCache second = ArticleCache.in(dir.resolve("state"), "code-1");
        LoadCache counting = new LoadCache() {
            @Override
            public Loaded find(String path, String key, String display) {
                return second.find(path, key, display);
            }

            @Override
            public void put(Loaded loaded) {
                parses.incrementAndGet();
                second.put(loaded);
            }
        };
        Article cached = new ContentLoader(markdown, counting).load(content, false).articles().get(0);

        assertThat(parses).hasValue(0);
        assertThat(cached).isEqualTo(parsed);
    }

    @Test
    void aChangedFileOrOtherCodeIsParsedAgain() throws Exception {
        ArticleCache first = ArticleCache.in(dir.resolve("state"), "code-1");
        load(first);
        first.save();

        ArticleCache otherCode = ArticleCache.in(dir.resolve("state"), "code-2");
        load(otherCode);
        assertThat(otherCode.changedEntries()).isEqualTo(1);

        Files.writeString(content.resolve("articles/2020-02-05-a.md"),
                "---\ntitle: \"A, edited\"\ndate: 2020-02-05\nsource: Rudaw\n---\n\nNew text.\n");
        ArticleCache sameCode = ArticleCache.in(dir.resolve("state"), "code-1");
        assertThat(load(sameCode).articles().get(0).meta().title()).isEqualTo("A, edited");
        assertThat(sameCode.changedEntries()).isEqualTo(1);
    }

    @Test
    void theAnalysisIsCachedPerAnalyzerFingerprintAndEqualsAFreshOne() throws Exception {
        ArticleCache first = ArticleCache.in(dir.resolve("state"), "c");
        Article a = load(first).articles().get(0);
        Analyzer analyzer = new Analyzer(Dictionary.empty(), FigureRules.defaults());
        ArticleAnalysis fresh = first.analyze(analyzer, a);
        first.save();

        ArticleCache second = ArticleCache.in(dir.resolve("state"), "c");
        Article again = load(second).articles().get(0);
        assertThat(second.analyze(analyzer, again)).isEqualTo(fresh).isEqualTo(analyzer.analyze(again));
        assertThat(second.changedEntries()).isZero();

        Analyzer otherDictionary = new Analyzer(new Dictionary(java.util.List.of(), "other"), FigureRules.defaults());
        second.analyze(otherDictionary, again);
        assertThat(second.changedEntries()).as("another dictionary: analysed again").isEqualTo(1);
    }

    @Test
    void bodiesAreRenderedOncePerVariantAndKeptForTheNextBuild() throws Exception {
        Analyzer analyzer = new Analyzer(Dictionary.empty(), FigureRules.defaults());
        ArticleCache cache = ArticleCache.in(dir.resolve("state"), "c");
        Article a = load(cache).articles().get(0);
        AnalyzedArticle analyzed = new AnalyzedArticle(a, cache.analyze(analyzer, a));
        AtomicInteger renders = new AtomicInteger();

        cache.body(analyzed, "../|false", () -> "<p>" + renders.incrementAndGet() + "</p>");
        String second = cache.body(analyzed, "../|false", () -> "<p>" + renders.incrementAndGet() + "</p>");
        cache.body(analyzed, "../|true", () -> "<p>" + renders.incrementAndGet() + "</p>");
        assertThat(second).isEqualTo("<p>1</p>");
        assertThat(renders).hasValue(2);
        assertThat(cache.key(analyzed, "../|false")).isNotEqualTo(cache.key(analyzed, "../|true")).hasSize(32);
        cache.save();

        ArticleCache next = ArticleCache.in(dir.resolve("state"), "c");
        Article again = load(next).articles().get(0);
        AnalyzedArticle analyzedAgain = new AnalyzedArticle(again, next.analyze(analyzer, again));
        assertThat(next.key(analyzedAgain, "../|false")).isEqualTo(cache.key(analyzed, "../|false"));
        assertThat(next.body(analyzedAgain, "../|false", () -> "made again")).isEqualTo("<p>1</p>");
        assertThat(next.renderedBodies()).isZero();

        AnalyzedArticle foreign = new AnalyzedArticle(again, ArticleAnalysis.empty(again.slug()));
        assertThat(next.key(foreign, "../|false")).as("an analysis the cache did not make").isNull();
        assertThat(next.body(foreign, "../|false", () -> "made")).isEqualTo("made");
    }

    @Test
    void savingRemovesEntriesNoArticleUsesAnyMore() throws Exception {
        ArticleCache first = ArticleCache.in(dir.resolve("state"), "c");
        load(first);
        first.save();
        Files.writeString(content.resolve("articles/2020-02-05-a.md"),
                "---\ntitle: \"B\"\ndate: 2020-02-05\nsource: Rudaw\n---\n\nOther text.\n");
        ArticleCache second = ArticleCache.in(dir.resolve("state"), "c");
        load(second);
        second.save();

        try (var files = Files.list(dir.resolve("state/cache/articles"))) {
            assertThat(files.toList()).hasSize(1);
        }
    }

    @Test
    void onceSavingStartedEntriesAndBodiesWrittenDuringABuildOutliveItsFailure() throws Exception {
        Analyzer analyzer = new Analyzer(Dictionary.empty(), FigureRules.defaults());
        ArticleCache cache = ArticleCache.in(dir.resolve("state"), "c");
        Article a = load(cache).articles().get(0);
        AnalyzedArticle analyzed = new AnalyzedArticle(a, cache.analyze(analyzer, a));

        cache.startSaving();
        String body = cache.body(analyzed, "../|false", () -> "<p>made</p>");
        assertThat(cache.body(analyzed, "../|false", () -> "made again")).as("read back, not made twice")
                .isEqualTo(body);
        assertThat(cache.renderedBodies()).isEqualTo(1);
        cache.stopSaving(); // the build failed: save() is never called

        ArticleCache next = ArticleCache.in(dir.resolve("state"), "c");
        Article again = load(next).articles().get(0);
        AnalyzedArticle analyzedAgain = new AnalyzedArticle(again, next.analyze(analyzer, again));
        assertThat(next.changedEntries()).as("the entry was kept").isZero();
        assertThat(next.body(analyzedAgain, "../|false", () -> "made again")).isEqualTo("<p>made</p>");
        next.save();
        next.stopSaving();
        assertThat(ArticleCache.in(dir.resolve("state"), "c").storedEntryCount()).isEqualTo(1);
        try (var files = Files.list(dir.resolve("state/cache/bodies"))) {
            assertThat(files.toList()).as("one pack, no temporary file left").hasSize(1);
        }
    }
}
