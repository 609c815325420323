package io.sitrep;

import io.sitrep.aggregate.Aggregator;
import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.aggregate.Briefing;
import io.sitrep.analysis.Analyzer;
import io.sitrep.analysis.Dictionary;
import io.sitrep.analysis.DictionaryReader;
import io.sitrep.analysis.FigureRules;
import io.sitrep.content.Content;
import io.sitrep.content.ContentException;
import io.sitrep.content.ContentLoader;
import io.sitrep.content.Display;
import io.sitrep.content.Markdown;
import io.sitrep.content.Problem;
import io.sitrep.publish.OutputFolder;
import io.sitrep.publish.PublishException;
import io.sitrep.publish.SiteOutput;
import io.sitrep.publish.StagedSite;
import io.sitrep.charts.ChartStage;
import io.sitrep.charts.Charts;
import io.sitrep.render.ChartFiles;
import io.sitrep.render.RenderException;
import io.sitrep.render.SiteRenderer;
import io.sitrep.render.Templates;
import io.sitrep.render.pdf.PdfBriefing;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One build of a briefing: load → analyze → aggregate → chart → render → publish.
 * Nothing reaches the output folder unless every stage succeeded.
 */
public final class SiteBuild {

    /** What to build from and where to. */
    public record Options(Path content, Path templates, Path out, String baseUrl, boolean drafts,
                          boolean force, boolean clean) {
    }

    /**
     * What a build did.
     *
     * @param pages   HTML pages among the files
     * @param written files written (new or changed); the others were left untouched
     */
    public record Result(int articles, int files, int pages, int written, int removed) {
    }

    /**
     * Hears how a build goes, for progress bars and warnings. {@link #advanced()} is called from
     * the threads of the parallel analysis, so implementations must be thread-safe.
     */
    public interface Listener {
        Listener NONE = new Listener() { };

        /** A stage starts with {@code total} steps, or -1 when the number is not known. */
        default void stage(String name, int total) {
        }

        /** One step of the current stage is done. */
        default void advanced() {
        }

        /** A problem that does not stop the build. */
        default void warning(Problem problem) {
        }
    }

    private final Markdown markdown = new Markdown();
    private final Listener listener;

    public SiteBuild() {
        this(Listener.NONE);
    }

    public SiteBuild(Listener listener) {
        this.listener = listener;
    }

    public Result run(Options options) throws ContentException, PublishException {
        OutputFolder.checkApart(options.out(),
                Map.of("content folder", options.content(), "templates folder", options.templates()),
                Map.of("content's articles folder", options.content().resolve("articles"),
                        "templates folder", options.templates()));
        OutputFolder.checkUsable(options.out(), options.force());
        Briefing briefing = aggregate(analyze(load(options)));
        try (StagedSite site = StagedSite.open(options.out(), options.force(), options.clean())) {
            PageCounter pages = new PageCounter(site, listener);
            render(briefing, options, pages);
            StagedSite.Summary done = site.commit();
            return new Result(briefing.articles().size(), done.files(), pages.pages(), done.written(), done.removed());
        }
    }

    /** Loads, analyzes and aggregates the content, rendering nothing (for commands that render one piece). */
    public Briefing briefing(Options options) throws ContentException {
        return aggregate(analyze(load(options)));
    }

    /** Validates content and templates, writing nothing. */
    public Briefing check(Options options) throws ContentException {
        Briefing briefing = aggregate(analyze(load(options)));
        render(briefing, options, new PageCounter((path, bytes) -> { }, listener));
        return briefing;
    }

    private Loaded load(Options options) throws ContentException {
        List<Problem> problems = new ArrayList<>();
        Content content = null;
        try {
            List<Problem> warnings = new ArrayList<>();
            content = new ContentLoader(markdown).load(options.content(), options.drafts(), warnings);
            warnings.forEach(listener::warning);
        } catch (ContentException e) {
            problems.addAll(e.problems());
        }
        Path dictFile = options.content().resolve("entities.yaml");
        Dictionary dictionary = new DictionaryReader().read(dictFile, Display.of(dictFile), problems);
        Path rulesFile = options.content().resolve("figure-rules.yaml");
        FigureRules rules = FigureRules.load(rulesFile, Display.of(rulesFile), problems);
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        if (options.baseUrl() != null) {
            content = new Content(content.root(), content.briefing().withBaseUrl(options.baseUrl()),
                    content.articles(), content.entitiesFile());
        }
        return new Loaded(content, dictionary, rules);
    }

    private Analyzed analyze(Loaded loaded) {
        Analyzer analyzer = new Analyzer(loaded.dictionary(), loaded.rules());
        listener.stage("analyze", loaded.content().articles().size());
        List<AnalyzedArticle> analyzed = loaded.content().articles().parallelStream()
                .map(a -> {
                    AnalyzedArticle done = new AnalyzedArticle(a, analyzer.analyze(a));
                    listener.advanced();
                    return done;
                })
                .toList();
        return new Analyzed(loaded, analyzed);
    }

    private static Briefing aggregate(Analyzed analyzed) {
        Loaded l = analyzed.loaded();
        return new Aggregator().aggregate(l.content().briefing(), l.dictionary(), analyzed.articles());
    }

    private void render(Briefing briefing, Options options, SiteOutput out) throws ContentException {
        listener.stage("render", -1);
        try {
            Templates templates = new Templates(options.templates());
            Charts charts = new ChartStage().draw(briefing);
            // The PDF lays out on its own thread while the pages render on the others.
            PdfBriefing pdf = new PdfBriefing(templates);
            CompletableFuture<Void> printed = CompletableFuture.runAsync(() -> {
                try {
                    pdf.write(briefing, ChartFiles.forPrint(charts), out);
                } catch (RenderException | IOException e) {
                    throw new CompletionException(e);
                }
            }, runnable -> new Thread(runnable, "sitrep-pdf").start());
            try {
                ChartFiles.write(charts, out);
                new SiteRenderer(templates, markdown).render(briefing, ChartFiles.views(charts), out);
            } catch (RenderException | IOException | RuntimeException e) {
                printed.exceptionally(ignored -> null).join(); // it must not write into a site being dropped
                throw e;
            }
            joinRethrowing(printed);
        } catch (RenderException e) {
            String file = Display.of(options.templates().resolve(e.template()));
            throw new ContentException(List.of(new Problem(file, Math.max(1, e.line()), Math.max(1, e.column()),
                    templateMessage(e), e.getCause() instanceof freemarker.core.InvalidReferenceException
                            ? "fix the name, or allow a missing value with ${x!} or <#if x??>"
                            : "fix the template; the previous site was left as it was")));
        } catch (IOException e) {
            throw new ContentException(List.of(new Problem(Display.of(options.templates()), 1, 1,
                    "cannot read templates: " + e, "check --templates")));
        }
    }

    private static void joinRethrowing(CompletableFuture<Void> task) throws RenderException, IOException {
        try {
            task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RenderException r) {
                throw r;
            } else if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Freemarker's first line names the problem, its blamed expression says where ("...: article.x"). */
    private static String templateMessage(RenderException e) {
        String message = e.getMessage() == null ? "template error"
                : e.getMessage().strip().lines().findFirst().orElse("template error"); // one problem, one line
        if (e.getCause() instanceof freemarker.template.TemplateException t && t.getBlamedExpressionString() != null
                && !message.contains(t.getBlamedExpressionString())) {
            message = message.replaceAll("[:\\s]+$", "") + ": " + t.getBlamedExpressionString();
        }
        return message;
    }

    /** Counts the HTML pages a render writes, one progress step per file. */
    private static final class PageCounter implements SiteOutput {
        private final SiteOutput target;
        private final Listener listener;
        private final AtomicInteger pages = new AtomicInteger();

        PageCounter(SiteOutput target, Listener listener) {
            this.target = target;
            this.listener = listener;
        }

        @Override
        public void write(String path, byte[] content) throws IOException {
            target.write(path, content);
            if (path.endsWith(".html")) {
                pages.incrementAndGet();
            }
            listener.advanced();
        }

        int pages() {
            return pages.get();
        }
    }

    private record Loaded(Content content, Dictionary dictionary, FigureRules rules) {
    }

    private record Analyzed(Loaded loaded, List<AnalyzedArticle> articles) {
    }
}
