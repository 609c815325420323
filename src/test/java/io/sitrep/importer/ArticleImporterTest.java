package io.sitrep.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sitrep.content.Article;
import io.sitrep.content.Content;
import io.sitrep.content.ContentLoader;
import io.sitrep.content.Markdown;
import io.sitrep.content.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleImporterTest {

    private static final Path SEEDS = Path.of("/work/shared/seeds");

    @TempDir
    Path dir;

    private final ArticleImporter importer = new ArticleImporter();

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head>
            <title>Convoy hit near Saraqeb | Example News</title>
            <meta property="article:published_time" content="2020-02-03T09:15:00+03:00">
            <link rel="canonical" href="https://news.example/convoy">
            <meta name="author" content="Jane Doe">
            <script>track();</script>
            </head><body>
            <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
            <main><article>
              <h1>Turkish convoy hit near Saraqeb</h1>
              <div class="share-buttons"><button>Share on Facebook</button><a href="#">Tweet</a></div>
              <p>Eight Turkish soldiers were killed on <strong>Monday</strong> in Idlib, the ministry said.</p>
              <p>Ankara said it had struck <a href="https://x.example">54 targets</a> in response.</p>
              <h2>Reaction</h2>
              <blockquote><p>"We will not stay silent," Erdogan said.</p></blockquote>
              <ul><li>More than 800,000 people displaced</li><li>Talks in Moscow</li></ul>
              <h3>You might also like</h3>
              <ul><li><a href="/a">Another story</a></li><li><a href="/b">And one more</a></li></ul>
              <aside class="related">Related: <a href="/c">Older story</a></aside>
            </article></main>
            <footer>© Example News</footer>
            </body></html>
            """;

    @Test
    void eachSeedTextImportsIntoAnArticleThatLoadsWithoutProblems() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), "the shared seeds are not on this machine");
        Path content = dir.resolve("content");
        Files.createDirectories(content);
        List<Path> seeds;
        try (Stream<Path> s = Files.list(SEEDS)) {
            seeds = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(seeds).hasSize(5);
        int day = 1;
        for (Path seed : seeds) {
            importer.importFile(seed, content.resolve("articles"),
                    new ArticleImporter.Options("Seed outlet", LocalDate.of(2020, 2, day++), null, null));
        }
        importer.importFile(write("page.html", PAGE), content.resolve("articles"),
                new ArticleImporter.Options("Example News", null, null, null));

        List<Problem> warnings = new ArrayList<>();
        Content loaded = new ContentLoader(new Markdown()).load(content, false, warnings);

        assertThat(loaded.articles()).hasSize(6);
        assertThat(warnings).isEmpty();
        for (Article a : loaded.articles()) {
            assertThat(a.meta().title()).isNotBlank();
            assertThat(a.words()).as(a.path()).isGreaterThan(a.meta().source().equals("Example News") ? 30 : 150);
            assertThat(a.text().text()).doesNotContain("You might also like").doesNotContain("Expatica news");
        }
        Article rudaw = loaded.articles().stream().filter(a -> a.meta().title().startsWith("Moscow and Ankara"))
                .findFirst().orElseThrow();
        assertThat(rudaw.text().text()).contains("ERBIL, Kurdistan Region – Turkey and Russia");
        Article repeated = loaded.articles().stream().filter(a -> a.meta().title().startsWith("Ankara urges"))
                .findFirst().orElseThrow();
        assertThat(repeated.text().text()).as("the repeated headline is dropped").doesNotStartWith("Ankara urges");
    }

    @Test
    void anHtmlPageGivesTitleDateUrlAuthorAndTheArticleWithoutChrome() throws Exception {
        Path file = importer.importFile(write("page.html", PAGE), dir.resolve("articles"),
                new ArticleImporter.Options("Example News", null, null, null));

        assertThat(file.getFileName().toString()).isEqualTo("2020-02-03-turkish-convoy-hit-near-saraqeb.md");
        String md = Files.readString(file);
        assertThat(md).startsWith("---\ntitle: \"Turkish convoy hit near Saraqeb\"\ndate: 2020-02-03\n"
                + "source: \"Example News\"\nurl: \"https://news.example/convoy\"\nauthor: \"Jane Doe\"\n---\n");
        assertThat(md).contains("Eight Turkish soldiers were killed on **Monday** in Idlib",
                "[54 targets](https://x.example)", "## Reaction", "> \"We will not stay silent,\" Erdogan said.",
                "More than 800,000 people displaced");
        assertThat(md).doesNotContain("Home", "Share on Facebook", "Tweet", "You might also like", "Another story",
                "Older story", "Example News</", "track()", "©");
    }

    @Test
    void optionsWinOverWhatThePageSays() {
        ImportedArticle a = importer.convert("page.html", PAGE, new ArticleImporter.Options("X",
                LocalDate.of(2021, 1, 2), "https://other.example/", "Given title"));
        assertThat(a.title()).isEqualTo("Given title");
        assertThat(a.date()).isEqualTo(LocalDate.of(2021, 1, 2));
        assertThat(a.url()).isEqualTo("https://other.example/");
    }

    @Test
    void theDateComesFromATimeElementWhenThereIsNoMetadata() {
        ImportedArticle a = importer.convert("x.htm", "<html><body><article><h1>T</h1>"
                + "<time datetime=\"2020-02-26\">26 Feb</time><p>Text.</p></article></body></html>",
                new ArticleImporter.Options("X", null, null, null));
        assertThat(a.date()).isEqualTo(LocalDate.of(2020, 2, 26));
    }

    @Test
    void itNeverOverwritesAnArticle() throws Exception {
        Path page = write("page.html", PAGE);
        ArticleImporter.Options o = new ArticleImporter.Options("Example News", null, null, null);
        Path first = importer.importFile(page, dir.resolve("articles"), o);
        String before = Files.readString(first);

        assertThatThrownBy(() -> importer.importFile(page, dir.resolve("articles"), o))
                .isInstanceOf(ArticleImporter.ImportException.class).hasMessageContaining("already exists");
        assertThat(Files.readString(first)).isEqualTo(before);
    }

    @Test
    void withoutADateItAsksForOne() throws Exception {
        Path text = write("plain.txt", "A headline\n\nSome text of the article.\n");
        assertThatThrownBy(() -> importer.importFile(text, dir.resolve("articles"),
                new ArticleImporter.Options("X", null, null, null)))
                .hasMessageContaining("--date");
    }

    @Test
    void plainTextIsEscapedSoNothingBecomesMarkup() {
        assertThat(TextArticle.escape("# not a heading")).isEqualTo("\\# not a heading");
        assertThat(TextArticle.escape("1. not a list")).isEqualTo("1\\. not a list");
        assertThat(TextArticle.escape("- not a list")).isEqualTo("\\- not a list");
        assertThat(TextArticle.escape("a *b* [c] <d> e_f")).isEqualTo("a \\*b\\* \\[c\\] \\<d\\> e\\_f");
        assertThat(TextArticle.escape("– Advance of Assad forces-")).isEqualTo("– Advance of Assad forces-");
    }

    @Test
    void longTitlesGiveShortSlugsCutAtAHyphen() {
        String slug = ArticleImporter.slug("Erdogan rules out 'smallest step back' in Syria's Idlib as talks with "
                + "Russia on a ceasefire fail again in Moscow");
        assertThat(slug).hasSizeLessThanOrEqualTo(ArticleImporter.MAX_SLUG).doesNotEndWith("-")
                .startsWith("erdogan-rules-out-smallest-step-back");
    }

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }
}
