package io.sitrep;

import io.sitrep.aggregate.Aggregator;
import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.aggregate.Briefing;
import io.sitrep.aggregate.EntityMemory;
import io.sitrep.aggregate.SeriesMemory;
import io.sitrep.analysis.Analyzer;
import io.sitrep.cache.ArticleCache;
import io.sitrep.cache.BuildInputs;
import io.sitrep.cache.EntryMemory;
import io.sitrep.changes.ChangeTracker;
import io.sitrep.changes.History;
import io.sitrep.analysis.Dictionary;
import io.sitrep.analysis.DictionaryReader;
import io.sitrep.analysis.FigureRules;
import io.sitrep.content.Content;
import io.sitrep.content.ContentException;
import io.sitrep.content.ContentLoader;
import io.sitrep.content.FileKeys;
import io.sitrep.content.Display;
import io.sitrep.content.Markdown;
import io.sitrep.content.ParseListener;
import io.sitrep.content.Problem;
import io.sitrep.publish.KeptFile;
import io.sitrep.publish.Manifest;
import io.sitrep.publish.OutputFolder;
import io.sitrep.publish.PublishException;
import io.sitrep.publish.ReplacedFiles;
import io.sitrep.publish.StagedSite;
import io.sitrep.charts.ChartCache;
import io.sitrep.charts.ChartMemory;
import io.sitrep.charts.DirectoryChartCache;
import io.sitrep.render.BodyCache;
import io.sitrep.render.BodySkeletons;
import io.sitrep.render.PageMemory;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

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
    private final EntryMemory memory;
    /** The keys of the files read, remembered from one run of this build to the next ({@code serve}). */
    private final FileKeys fileKeys = new FileKeys();
    /** The history as the last run of this build left it ({@code serve}). */
    private final KeptFile<History> histories = new KeptFile<>();
    /** The entity counts of the last run of this build, updated by the articles that changed ({@code serve}). */
    private final EntityMemory entityCounts;
    /** The figure series of the last run of this build, made again where their claims changed ({@code serve}). */
    private final SeriesMemory series;
    /** The chart plans of the last run of this build, made again where their data changed ({@code serve}). */
    private final ChartMemory chartPlans;
    /** What the pages of the last run of this build took from each article alone ({@code serve}). */
    private final PageMemory pageParts;
    /** The output folder's manifest as the last run of this build left it ({@code serve}). */
    private final KeptFile<Manifest> manifests = new KeptFile<>();
    /**
     * Whether a run returns as soon as its site is committed ({@code serve}: the pages reload
     * while the files the commit replaced are freed and the cache and history are kept, and the
     * next run waits for that first). Otherwise a run returns when all of it is done.
     */
    private final boolean finishLater;
    /** What the last run does after its commit, on threads of its own. */
    private CompletableFuture<Void> afterCommit = CompletableFuture.completedFuture(null);

    public SiteBuild() {
        this(Listener.NONE);
    }

    public SiteBuild(Listener listener) {
        this(listener, EntryMemory.none(), false);
    }

    /**
     * A build that runs more than once in this process ({@code serve}): each run finds the cache
     * entries of the previous one in {@code memory} instead of reading them from disk.
     */
    public SiteBuild(Listener listener, EntryMemory memory) {
        this(listener, memory, true);
    }

    private SiteBuild(Listener listener, EntryMemory memory, boolean finishLater) {
        this.listener = listener;
        this.memory = memory;
        this.finishLater = finishLater;
        this.entityCounts = finishLater ? EntityMemory.kept() : EntityMemory.none();
        this.series = finishLater ? SeriesMemory.kept() : SeriesMemory.none();
        this.chartPlans = finishLater ? ChartMemory.kept() : ChartMemory.none();
        this.pageParts = finishLater ? PageMemory.kept() : PageMemory.none();
    }

    public Result run(Options options) throws ContentException, PublishException {
        finishPending();
        try {
            return runOnce(options);
        } finally {
            if (!finishLater) {
                finishPending();
            }
        }
    }

    /**
     * Waits for what the last run left running after its commit (a build that runs more than
     * once returns before it): {@code serve} calls this before it stops.
     */
    public void finishPending() {
        afterCommit.join();
    }

    private Result runOnce(Options options) throws ContentException, PublishException {
        OutputFolder.checkApart(options.out(),
                Map.of("content folder", options.content(), "templates folder", options.templates()),
                Map.of("content's articles folder", options.content().resolve("articles"),
                        "templates folder", options.templates()));
        OutputFolder.checkUsable(options.out(), options.force());
        Path state = stateDir(options);
        listener.stage("inputs", -1);
        fileKeys.startBuild();
        String inputs = BuildInputs.digest(options.content(), options.templates(), describe(options), fileKeys);
        Result unchanged = options.clean() ? null : unchanged(options, inputs);
        if (unchanged != null) {
            return unchanged;
        }
        WarningLog warnings = new WarningLog(listener);
        SiteBuild build = new SiteBuild(warnings);
        ArticleCache cache = ArticleCache.in(state, !options.clean(), memory); // --clean: nothing from earlier builds
        try {
            BodySkeletons skeletons = new BodySkeletons(markdown);
            Analyzed analyzed = build.analyze(build.load(options, cache, fileKeys, skeletons), cache);
            return renderAndPublish(options, inputs, build, warnings, cache, analyzed, skeletons); // closes the cache
        } catch (ContentException | PublishException | RuntimeException | Error e) {
            cache.stopSaving(); // nothing writes into the state folder once the build is over
            throw e;
        }
    }

    /** @param build the build whose listener keeps the warnings of loading and analysis */
    private Result renderAndPublish(Options options, String inputs, SiteBuild build, WarningLog warnings,
                                    ArticleCache cache, Analyzed analyzed, BodySkeletons skeletons)
            throws ContentException, PublishException {
        Path state = stateDir(options);
        StagedSite site = StagedSite.open(options.out(), options.force(), options.clean(), manifests);
        try {
            cache.startSaving(); // the entries are final: written while the rest of the build runs
            Briefing briefing = build.aggregate(analyzed, entityCounts, series);
            History previous = histories.read(state.resolve(History.FILE), file -> History.read(file.getParent()));
            History history = new ChangeTracker().next(previous, briefing);
            PageCounter pages = new PageCounter(site, listener);
            new RenderStage(build.markdown, listener, chartPlans, pageParts).render(briefing, options, pages,
                    ChangeTracker.view(history), cache, skeletons, chartCache(options));
            listener.stage("publish", -1);
            StagedSite.Summary done = site.commit();
            ReplacedFiles replaced = site.takeReplaced();
            Result result = new Result(briefing.articles().size(), done.files(), pages.pages(), done.written(),
                    done.removed());
            BuildInputs.Last last = inputs == null ? null : BuildInputs.last(inputs, result.articles(), result.files(),
                    result.pages(), warnings.all());
            Runnable keepState = () -> {
                try {
                    saveState(site.stateDir(), cache, previous, history, last);
                } finally {
                    cache.stopSaving();
                    site.close(); // the folder stays locked until its state is kept
                }
            };
            // freeing the replaced files takes tens of ms for each large one: on a thread of its own
            CompletableFuture<Void> freed = inThread("sitrep-replaced", replaced::delete);
            if (finishLater) {
                afterCommit = CompletableFuture.allOf(freed, inThread("sitrep-keep", keepState));
            } else {
                afterCommit = freed;
                keepState.run();
            }
            return result;
        } catch (ContentException | PublishException | RuntimeException | Error e) {
            site.close();
            throw e;
        }
    }

    /**
     * The result of the last build when nothing it read has changed since and its files are all
     * still there: the build would write exactly what is there. Null when the build must run.
     */
    private Result unchanged(Options options, String inputs) throws PublishException {
        BuildInputs.Last seen = inputs == null ? null : BuildInputs.read(stateDir(options));
        if (seen == null || !inputs.equals(seen.digest())) {
            return null; // read again below under the folder's lock; the manifest is read only if it may be needed
        }
        BuildInputs.Last last;
        try (StagedSite site = StagedSite.open(options.out(), options.force(), false)) { // no other build is writing
            last = BuildInputs.read(site.stateDir());
            Path root = site.root();
            var files = StagedSite.manifestOf(root).keySet();
            boolean intact = !files.isEmpty()
                    && files.stream().allMatch(p -> Files.isRegularFile(root.resolve(p), LinkOption.NOFOLLOW_LINKS));
            if (last == null || !inputs.equals(last.digest()) || !intact) {
                return null;
            }
        }
        last.warnings().forEach(listener::warning);
        return new Result(last.articles(), last.files(), last.pages(), 0, 0);
    }

    /** The options that change what is built, and the folder problems are named relative to. */
    private static String describe(Options o) {
        return String.join("|", Path.of("").toAbsolutePath().toString(), o.content().toAbsolutePath().toString(),
                o.templates().toAbsolutePath().toString(), String.valueOf(o.baseUrl()), String.valueOf(o.drafts()));
    }

    /** The cache and history are kept only after a committed build; losing them only costs time. */
    private void saveState(Path state, ArticleCache cache, History previous, History history, BuildInputs.Last inputs) {
        try {
            cache.save();
            if (ChangeTracker.changed(previous, history)) {
                histories.write(state.resolve(History.FILE), history, (h, file) -> h.write(file.getParent()));
            }
            if (inputs != null) {
                BuildInputs.write(state, inputs);
            }
        } catch (java.io.IOException | RuntimeException e) {
            listener.warning(new Problem(Display.of(state), 1, 1, "could not keep the build cache: " + e,
                    "the site was built; the next build may take longer"));
        }
    }

    /** Work after a commit, on a daemon thread: what a stopped process leaves undone, the next build redoes. */
    private static CompletableFuture<Void> inThread(String name, Runnable work) {
        return CompletableFuture.runAsync(work, task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            t.start();
        });
    }

    /** Charts whose data did not change are not drawn again (kept in the output's state folder). */
    private static ChartCache chartCache(Options options) {
        return options.clean() ? ChartCache.none()
                : new DirectoryChartCache(stateDir(options).resolve("charts"));
    }

    private static Path stateDir(Options options) {
        return options.out().toAbsolutePath().normalize().resolve(StagedSite.STATE_DIR);
    }

    /** Loads, analyzes and aggregates the content, rendering nothing (for commands that render one piece). */
    public Briefing briefing(Options options) throws ContentException {
        ArticleCache cache = ArticleCache.in(stateDir(options), !options.clean()); // read, never saved
        return aggregate(analyze(load(options, cache, new FileKeys(), ParseListener.NONE), cache), EntityMemory.none(),
                SeriesMemory.none());
    }

    /** Validates content and templates, writing nothing. */
    public Briefing check(Options options) throws ContentException {
        ArticleCache cache = ArticleCache.in(stateDir(options), !options.clean()); // read, never saved
        BodySkeletons skeletons = new BodySkeletons(markdown);
        Briefing briefing = aggregate(analyze(load(options, cache, new FileKeys(), skeletons), cache),
                EntityMemory.none(), SeriesMemory.none());
        new RenderStage(markdown, listener).render(briefing, options, new PageCounter((path, bytes) -> { }, listener),
                ChangeTracker.view(History.read(stateDir(options))), BodyCache.NONE, skeletons, ChartCache.none());
        return briefing;
    }

    private Loaded load(Options options, ArticleCache cache, FileKeys keys, ParseListener parsed)
            throws ContentException {
        listener.stage("load", -1);
        List<Problem> problems = new ArrayList<>();
        Content content = null;
        try {
            List<Problem> warnings = new ArrayList<>();
            content = new ContentLoader(markdown, cache, keys, parsed).load(options.content(), options.drafts(), warnings);
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

    private Analyzed analyze(Loaded loaded, ArticleCache cache) {
        Analyzer analyzer = new Analyzer(loaded.dictionary(), loaded.rules());
        listener.stage("analyze", loaded.content().articles().size());
        List<AnalyzedArticle> analyzed = loaded.content().articles().parallelStream()
                .map(a -> {
                    AnalyzedArticle done = new AnalyzedArticle(a, cache.analyze(analyzer, a));
                    listener.advanced();
                    return done;
                })
                .toList();
        return new Analyzed(loaded, analyzed);
    }

    private Briefing aggregate(Analyzed analyzed, EntityMemory counts, SeriesMemory kept) {
        listener.stage("aggregate", -1);
        Loaded l = analyzed.loaded();
        return new Aggregator().aggregate(l.content().briefing(), l.dictionary(), analyzed.articles(), counts, kept);
    }

    private record Loaded(Content content, Dictionary dictionary, FigureRules rules) {
    }

    private record Analyzed(Loaded loaded, List<AnalyzedArticle> articles) {
    }
}
