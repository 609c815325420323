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
import io.sitrep.content.Markdown;
import io.sitrep.content.Problem;
import io.sitrep.publish.PublishException;
import io.sitrep.publish.SiteOutput;
import io.sitrep.publish.StagedSite;
import io.sitrep.render.RenderException;
import io.sitrep.render.SiteRenderer;
import io.sitrep.render.Templates;
import io.sitrep.render.pdf.PdfBriefing;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One build of a briefing: load → analyze → aggregate → chart → render → publish.
 * Nothing reaches the output folder unless every stage succeeded.
 */
public final class SiteBuild {

    /** What to build from and where to. */
    public record Options(Path content, Path templates, Path out, String baseUrl, boolean drafts,
                          boolean force, boolean clean) {
    }

    /** What a build did. */
    public record Result(int articles, int files, int written, int removed) {
    }

    private final Markdown markdown = new Markdown();

    public Result run(Options options) throws ContentException, PublishException {
        Briefing briefing = aggregate(analyze(load(options)));
        try (StagedSite site = StagedSite.open(options.out(), options.force(), options.clean())) {
            render(briefing, options, site);
            StagedSite.Summary done = site.commit();
            return new Result(briefing.articles().size(), done.files(), done.written(), done.removed());
        }
    }

    /** Loads, analyzes and aggregates the content, rendering nothing (for commands that render one piece). */
    public Briefing briefing(Options options) throws ContentException {
        return aggregate(analyze(load(options)));
    }

    /** Validates content and templates, writing nothing. */
    public Briefing check(Options options) throws ContentException {
        Briefing briefing = aggregate(analyze(load(options)));
        render(briefing, options, (path, bytes) -> { });
        return briefing;
    }

    private Loaded load(Options options) throws ContentException {
        List<Problem> problems = new ArrayList<>();
        Content content = null;
        try {
            content = new ContentLoader(markdown).load(options.content(), options.drafts());
        } catch (ContentException e) {
            problems.addAll(e.problems());
        }
        Path dictFile = options.content().resolve("entities.yaml");
        Dictionary dictionary = new DictionaryReader().read(dictFile, dictFile.toString(), problems);
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        if (options.baseUrl() != null) {
            content = new Content(content.root(), content.briefing().withBaseUrl(options.baseUrl()),
                    content.articles(), content.entitiesFile());
        }
        return new Loaded(content, dictionary);
    }

    private static Analyzed analyze(Loaded loaded) {
        Analyzer analyzer = new Analyzer(loaded.dictionary(), FigureRules.defaults());
        List<AnalyzedArticle> analyzed = loaded.content().articles().parallelStream()
                .map(a -> new AnalyzedArticle(a, analyzer.analyze(a)))
                .toList();
        return new Analyzed(loaded, analyzed);
    }

    private static Briefing aggregate(Analyzed analyzed) {
        Loaded l = analyzed.loaded();
        return new Aggregator().aggregate(l.content().briefing(), l.dictionary(), analyzed.articles());
    }

    private void render(Briefing briefing, Options options, SiteOutput out) throws ContentException {
        try {
            Templates templates = new Templates(options.templates());
            new SiteRenderer(templates, markdown).render(briefing, out);
            new PdfBriefing(templates).write(briefing, List.of(), out); // charts: none until the chart stage exists
        } catch (RenderException e) {
            String file = options.templates().resolve(e.template()).toString();
            throw new ContentException(List.of(new Problem(file, e.line(), e.column(), e.getMessage(),
                    "fix the template; the previous site was left as it was")));
        } catch (IOException e) {
            throw new ContentException(List.of(new Problem(options.templates().toString(), 1, 1,
                    "cannot read templates: " + e.getMessage(), "check --templates")));
        }
    }

    private record Loaded(Content content, Dictionary dictionary) {
    }

    private record Analyzed(Loaded loaded, List<AnalyzedArticle> articles) {
    }
}
