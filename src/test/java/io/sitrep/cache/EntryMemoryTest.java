package io.sitrep.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.analysis.Analyzer;
import io.sitrep.analysis.ArticleAnalysis;
import io.sitrep.analysis.Dictionary;
import io.sitrep.analysis.FigureRules;
import io.sitrep.content.Article;
import io.sitrep.content.ContentKey;
import io.sitrep.content.ContentLoader;
import io.sitrep.content.Markdown;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntryMemoryTest {

    @TempDir
    Path dir;

    private final Analyzer analyzer = new Analyzer(Dictionary.empty(), FigureRules.defaults());

    private Article build(Path content, ArticleCache cache) throws Exception {
        Article a = new ContentLoader(new Markdown(), cache).load(content, false).articles().get(0);
        cache.analyze(analyzer, a);
        cache.save();
        return a;
    }

    private Path content(String text) throws Exception {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("articles/2020-02-05-a.md"),
                "---\ntitle: \"A\"\ndate: 2020-02-05\nsource: Rudaw\n---\n\n" + text + "\n");
        return content;
    }

    private void deleteEntriesOnDisk() throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("state/cache/articles"))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }

    @Test
    void aRebuildInTheSameProcessTakesTheEntriesOfTheLastSavedBuildFromMemory() throws Exception {
        Path content = content("Turkey sent 300 troops.");
        EntryMemory memory = EntryMemory.kept();
        ArticleCache first = ArticleCache.in(dir.resolve("state"), true, memory);
        Article a = build(content, first);
        assertThat(memory.size()).isEqualTo(1);
        deleteEntriesOnDisk(); // only the memory can answer now

        ArticleCache second = ArticleCache.in(dir.resolve("state"), true, memory);
        Article again = new ContentLoader(new Markdown(), second).load(content, false).articles().get(0);
        ArticleAnalysis analysis = second.analyze(analyzer, again);

        assertThat(again).isEqualTo(a);
        assertThat(again).as("the article itself, not decoded again").isSameAs(a);
        assertThat(second.changedEntries()).as("nothing parsed or analysed again").isZero();
        assertThat(analysis).isEqualTo(analyzer.analyze(a));
    }

    @Test
    void aRebuildInTheSameProcessTakesThePieceKeysOfTheLastSavedBuild() throws Exception {
        Path content = content("Turkey sent 300 troops.");
        EntryMemory memory = EntryMemory.kept();
        ArticleCache first = ArticleCache.in(dir.resolve("state"), true, memory);
        Article a = new ContentLoader(new Markdown(), first).load(content, false).articles().get(0);
        String key = first.key(new AnalyzedArticle(a, first.analyze(analyzer, a)), "../|false");
        first.save();

        ArticleCache second = ArticleCache.in(dir.resolve("state"), true, memory);
        Article again = new ContentLoader(new Markdown(), second).load(content, false).articles().get(0);
        AnalyzedArticle analyzed = new AnalyzedArticle(again, second.analyze(analyzer, again)); // paired anew, as builds do
        assertThat(second.key(analyzed, "../|false")).as("the key the last build made, not made again")
                .isSameAs(key);
        assertThat(second.key(analyzed, "../|true")).as("another variant").isNotEqualTo(key).hasSize(32);

        Analyzer other = new Analyzer(new Dictionary(java.util.List.of(), "another dictionary"), FigureRules.defaults());
        ArticleCache third = ArticleCache.in(dir.resolve("state"), true, memory);
        Article same = new ContentLoader(new Markdown(), third).load(content, false).articles().get(0);
        String reanalyzed = third.key(new AnalyzedArticle(same, third.analyze(other, same)), "../|false");
        assertThat(reanalyzed).as("a key for another analysis").isNotNull().isNotEqualTo(key);
    }

    @Test
    void aChangedFileIsNotAnsweredFromMemory() throws Exception {
        EntryMemory memory = EntryMemory.kept();
        build(content("Turkey sent 300 troops."), ArticleCache.in(dir.resolve("state"), true, memory));

        ArticleCache next = ArticleCache.in(dir.resolve("state"), true, memory);
        Path content = content("Turkey sent 400 troops.");
        Article changed = new ContentLoader(new Markdown(), next).load(content, false).articles().get(0);

        assertThat(changed.text().text()).contains("400");
        assertThat(next.article(changed.path(), ContentKey.of(Files.readAllBytes(content.resolve(
                "articles/2020-02-05-a.md"))))).as("no article kept for these bytes").isNull();
        assertThat(next.changedEntries()).as("the changed file was parsed").isEqualTo(1);
        next.analyze(analyzer, changed);
        next.save();
        assertThat(memory.size()).as("only the entry the last build used").isEqualTo(1);
    }

    @Test
    void aCleanBuildAndTheDefaultMemoryUseNothingKept() throws Exception {
        Path content = content("Turkey sent 300 troops.");
        EntryMemory memory = EntryMemory.kept();
        build(content, ArticleCache.in(dir.resolve("state"), true, memory));
        deleteEntriesOnDisk();

        ArticleCache clean = ArticleCache.in(dir.resolve("state"), false, memory);
        new ContentLoader(new Markdown(), clean).load(content, false);
        assertThat(clean.changedEntries()).as("parsed again").isEqualTo(1);

        EntryMemory none = EntryMemory.none();
        build(content, ArticleCache.in(dir.resolve("state"), true, none));
        assertThat(none.size()).isZero();
    }
}
