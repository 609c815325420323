package io.sitrep.bench;

import io.sitrep.SiteBuild;
import io.sitrep.aggregate.Briefing;
import io.sitrep.analysis.Analyzer;
import io.sitrep.analysis.ArticleAnalysis;
import io.sitrep.analysis.DictionaryReader;
import io.sitrep.analysis.FigureRules;
import io.sitrep.content.Article;
import io.sitrep.content.Content;
import io.sitrep.content.ContentLoader;
import io.sitrep.content.Markdown;
import io.sitrep.content.Problem;
import io.sitrep.render.SiteRenderer;
import io.sitrep.render.Templates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The per-article stages on one of the default articles: load (front matter, Markdown, plain
 * text), analyze, and render its page. Run with {@code bench/jmh.sh}; {@code mvn verify} only
 * compiles it. Run from the project folder (it reads {@code content/} and {@code templates/}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Xss4m"})
public class ArticleStagesBenchmark {

    /** Which default article (0 = newest). */
    @Param({"0", "2"})
    public int article;

    private Path oneArticle;
    private final Markdown markdown = new Markdown();
    private ContentLoader loader;
    private Analyzer analyzer;
    private Article loaded;
    private Briefing briefing;
    private SiteRenderer renderer;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path content = Path.of("content");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content.resolve("articles"))) {
            files = walk.filter(p -> p.toString().endsWith(".md")).sorted(Comparator.reverseOrder()).toList();
        }
        oneArticle = Files.createTempDirectory("sitrep-bench");
        Files.createDirectories(oneArticle.resolve("articles"));
        Path file = files.get(article);
        Files.copy(file, oneArticle.resolve("articles").resolve(file.getFileName()));
        loader = new ContentLoader(markdown);
        List<Problem> problems = new ArrayList<>();
        analyzer = new Analyzer(new DictionaryReader().read(content.resolve("entities.yaml"), "entities.yaml", problems),
                FigureRules.load(content.resolve("figure-rules.yaml"), "figure-rules.yaml", problems));
        loaded = loader.load(oneArticle, false).articles().get(0);
        Files.copy(content.resolve("entities.yaml"), oneArticle.resolve("entities.yaml"));
        briefing = new SiteBuild().briefing(new SiteBuild.Options(oneArticle, Path.of("templates"),
                oneArticle.resolve("site"), null, false, false, false));
        renderer = new SiteRenderer(new Templates(Path.of("templates")), markdown);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> walk = Files.walk(oneArticle)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Reads the article's file: front matter, Markdown, plain text (with a folder walk of one file). */
    @Benchmark
    public Content load() throws Exception {
        return loader.load(oneArticle, false);
    }

    @Benchmark
    public ArticleAnalysis analyze() {
        return analyzer.analyze(loaded);
    }

    /** The article's page: marks, Markdown to HTML, sanitizing, the template. */
    @Benchmark
    public String renderPage() throws Exception {
        return renderer.articlePage(briefing, 0);
    }
}
