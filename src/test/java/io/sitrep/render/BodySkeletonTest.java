package io.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.analysis.Analyzer;
import io.sitrep.analysis.Dictionary;
import io.sitrep.analysis.DictionaryReader;
import io.sitrep.analysis.FigureRules;
import io.sitrep.content.Article;
import io.sitrep.content.ContentLoader;
import io.sitrep.content.FileKeys;
import io.sitrep.content.LoadCache;
import io.sitrep.content.Markdown;
import io.sitrep.corpus.CorpusGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A body filled into the skeleton the loader's parse left is, byte for byte, the body rendered
 * from a new parse; where it could not be, the skeleton says so and the new parse is made.
 */
class BodySkeletonTest {

    @TempDir
    Path dir;

    private final Markdown markdown = new Markdown();

    /** How the articles of one content folder came out: filled from a skeleton, or parsed again. */
    private record Outcome(int filled, int parsedAgain) {
    }

    /**
     * Loads every article of {@code content} with skeletons, fills each skeleton and compares it
     * with the body {@link ArticleBody} renders from a new parse.
     */
    private Outcome compare(Path content, Path entities) throws Exception {
        Dictionary dictionary = new DictionaryReader().read(entities, "entities.yaml", new ArrayList<>());
        BodySkeletons skeletons = new BodySkeletons(markdown);
        List<Article> articles = new ContentLoader(markdown, LoadCache.NONE, new FileKeys(), skeletons)
                .load(content, true).articles();
        Analyzer analyzer = new Analyzer(dictionary, FigureRules.defaults());
        ArticleBody parsing = new ArticleBody(markdown);
        int filled = 0;
        for (Article article : articles) {
            AnalyzedArticle a = new AnalyzedArticle(article, analyzer.analyze(article));
            String expected = parsing.render(a, dictionary.index(), "../", false);
            BodySkeleton skeleton = skeletons.take(article);
            String body = skeleton == null ? null
                    : skeleton.fill(Marks.of(a, dictionary.index(), "../"), article.source());
            if (body != null) {
                assertThat(body).as(article.path()).isEqualTo(expected);
                filled++;
            }
        }
        return new Outcome(filled, articles.size() - filled);
    }

    private Path contentOf(String... bodies) throws Exception {
        Path content = Files.createTempDirectory(dir, "content");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("briefing.yaml"), "title: T\n");
        for (int i = 0; i < bodies.length; i++) {
            Files.writeString(content.resolve("articles/2020-02-%02d-a.md".formatted(i + 1)),
                    "---\ntitle: T\ndate: 2020-02-%02d\nsource: S\n---\n\n".formatted(i + 1) + bodies[i]);
        }
        return content;
    }

    private Outcome compare(String... bodies) throws Exception {
        return compare(contentOf(bodies), Path.of("src/test/resources/hostile/site/entities.yaml"));
    }

    @Test
    void theDefaultArticlesComeOutTheSame() throws Exception {
        Outcome o = compare(Path.of("content"), Path.of("content/entities.yaml"));
        assertThat(o.filled()).isEqualTo(5);
    }

    @Test
    void generatedArticlesComeOutTheSameAndMostAreNotParsedAgain() throws Exception {
        CorpusGenerator generator = new CorpusGenerator(CorpusGenerator.poolOf(Path.of("content/articles")), 7);
        Path content = Files.createTempDirectory(dir, "corpus");
        Files.copy(Path.of("content/briefing.yaml"), content.resolve("briefing.yaml"));
        for (int i = 0; i < 200; i++) {
            CorpusGenerator.GeneratedArticle g = generator.article(i);
            Path file = content.resolve(g.path());
            Files.createDirectories(file.getParent());
            Files.writeString(file, g.text());
        }
        Outcome o = compare(content, Path.of("content/entities.yaml"));
        assertThat(o.filled() + o.parsedAgain()).isEqualTo(200);
        assertThat(o.filled()).isGreaterThanOrEqualTo(190);
    }

    @Test
    void markupOfEveryKindComesOutTheSame() throws Exception {
        Outcome o = compare(
                "Turkey said 1,000 soldiers were killed in Idlib on Monday &amp; 14 more on Tuesday.\n"
                        + "Ankara \\*said\\* 2\\,000 troops &mdash; moved on 3 February 2020.\n",
                "*Turkey* said **14 soldiers** were killed in [Idlib on Monday](https://e.example) and Turkey.\n\n"
                        + "> Mallory Evil said Turkey lost 8 soldiers in Idlib, and 5,000 people fled Idlib.\n",
                "## Turkey in Idlib\n\n- Turkey sent 300 tanks.\n- Russia sent 20 jets to <https://e.example>.\n\n"
                        + "1. first\n2. second, in Idlib\n",
                "| side | killed |\n|---|---|\n| Turkey | 33 soldiers |\n\nA note on Idlib.[^1]\n\n"
                        + "[^1]: Turkey said 33 soldiers were killed.\n",
                "Erdoğan’s “Idlib” — 1.000 people fled İdlib <b>on Monday</b> & <script>x()</script>.\n\n"
                        + "![Idlib](https://e.example/a.png \"a title\")\n",
                "Turkey said `code` was read and 14 soldiers were killed in Idlib.\n");
        assertThat(o.filled()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void whereSlotsCannotSayItTheBodyIsParsedAgain() throws Exception {
        Outcome o = compare(
                "Turkey said `\uFFFF0\uFFFF` was read in Idlib on Monday.\n", // a slot of its own, where Flexmark copies it
                "*Turkey said 14 soldiers were killed.* Russia said 20 jets flew over Idlib.\n", // a space no mark opens
                "Turkey said 14 soldiers were killed. `Russia` said 20 jets flew over Idlib.\n"); // a sentence in code
        assertThat(o.parsedAgain()).isEqualTo(3);
        assertThat(o.filled()).isZero();
    }

    @Test
    void anArticleBodyTakesEachSkeletonOnceAndRendersTheSameEitherWay() throws Exception {
        Path content = contentOf("*Turkey* said **14 soldiers** were killed in [Idlib](https://e.example) on Monday.\n");
        Dictionary dictionary = new DictionaryReader().read(Path.of("src/test/resources/hostile/site/entities.yaml"),
                "entities.yaml", new ArrayList<>());
        BodySkeletons skeletons = new BodySkeletons(markdown);
        Article article = new ContentLoader(markdown, LoadCache.NONE, new FileKeys(), skeletons)
                .load(content, false).articles().get(0);
        AnalyzedArticle a = new AnalyzedArticle(article, new Analyzer(dictionary, FigureRules.defaults()).analyze(article));
        ArticleBody body = new ArticleBody(markdown, skeletons);
        String parsed = new ArticleBody(markdown).render(a, dictionary.index(), "../", false);

        assertThat(body.render(a, dictionary.index(), "../", true)) // raw HTML kept: no skeleton for that
                .isEqualTo(new ArticleBody(markdown).render(a, dictionary.index(), "../", true));
        assertThat(body.render(a, dictionary.index(), "../", false)).isEqualTo(parsed);
        assertThat(skeletons.take(article)).isNull(); // taken by the render before
        assertThat(body.render(a, dictionary.index(), "../", false)).isEqualTo(parsed);
    }
}
