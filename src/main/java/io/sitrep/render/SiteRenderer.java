package io.sitrep.render;

import io.sitrep.aggregate.Briefing;
import io.sitrep.content.Markdown;
import io.sitrep.publish.SiteOutput;
import io.sitrep.render.view.Pages;
import io.sitrep.render.view.Parts.ArticleRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The render stage: every page of the site from the briefing, through the templates.
 *
 * <p>Page builders ({@link OverviewPages}, {@link ArticlePages}, {@link EntityPages},
 * {@link AnalysisPages}) turn the briefing into one typed model per page; each template gets
 * {@code site} (the settings), {@code page} (path, root, title, section) and {@code m} (the
 * model). Output only depends on the briefing and the templates, so two renders are identical.
 */
public final class SiteRenderer {

    /**
     * Threads for the files beside the pages. One: the large ones (search index, figures) take
     * 75-90 MB each while they are made (the file and its buffer), and two at once added to a
     * 10,000-article build's peak; the article pages keep both cores busy meanwhile.
     */
    private static final int SIDE_THREADS = 1;

    private final Templates templates;
    private final Markdown markdown;
    private final BodyCache bodies;
    private final PageMemory memory;
    private final BodySkeletons skeletons;
    /** The bytes of this build's references to articles, made once each for every page key they are in. */
    private final ModelBytes.Memo references = new ModelBytes.Memo(java.util.Set.of(ArticleRef.class));
    /** Each rendering thread's buffer for the page keys' bytes ({@link PageKeys}). */
    private final ThreadLocal<ModelBytes> keyBytes = ThreadLocal.withInitial(() -> new ModelBytes(references));

    public SiteRenderer(Templates templates, Markdown markdown) {
        this(templates, markdown, BodyCache.NONE);
    }

    public SiteRenderer(Templates templates, Markdown markdown, BodyCache bodies) {
        this(templates, markdown, bodies, PageMemory.none());
    }

    /** A renderer that keeps what pages take from each article alone in {@code memory}, for the next build. */
    public SiteRenderer(Templates templates, Markdown markdown, BodyCache bodies, PageMemory memory) {
        this(templates, markdown, bodies, memory, BodySkeletons.none());
    }

    /** A renderer that also fills the bodies the loader's parses left in {@code skeletons}. */
    public SiteRenderer(Templates templates, Markdown markdown, BodyCache bodies, PageMemory memory,
                        BodySkeletons skeletons) {
        this.templates = templates;
        this.markdown = markdown;
        this.bodies = bodies;
        this.memory = memory;
        this.skeletons = skeletons;
    }

    public void render(Briefing briefing, SiteOutput out) throws RenderException, IOException {
        render(briefing, ChartSet.none(), out);
    }

    /**
     * Renders the site with the charts the chart stage drew (already written by it). Pages are
     * rendered on all cores and handed to {@code out} as each is done (so {@code out} must be
     * thread-safe); article pages are built one at a time, never all held in memory.
     */
    public void render(Briefing briefing, ChartSet charts, SiteOutput out) throws RenderException, IOException {
        render(briefing, charts, Pages.ChangesPage.none(), out);
    }

    /**
     * Renders the site with the charts and what changed in the builds before. A page whose
     * template and model are those of the previous build is kept as it is ({@link SiteOutput#reuse}).
     */
    public void render(Briefing briefing, ChartSet charts, Pages.ChangesPage changes, SiteOutput out)
            throws RenderException, IOException {
        copyStatic(out);
        memory.startBuild(briefing.dictionary());
        SiteIndex index = new SiteIndex(briefing);
        try (SideWork side = new SideWork("sitrep-data", SIDE_THREADS)) {
            try {
                MachineFiles machine = new MachineFiles(index);
                // Started first: in a rebuild few pages are rendered again, and the data files,
                // made one after another on their thread, were the last to finish, alone on a core.
                startMachineFiles(briefing, machine, out, side);
                // The entity pages' shared tables on another core while this one makes the other models.
                CompletableFuture<EntityPages> entitiesLater = CompletableFuture.supplyAsync(() -> new EntityPages(index));
                List<PageSpec> pages = new ArrayList<>(new OverviewPages(index).pages(charts, changes));
                List<PageSpec> analysis = new AnalysisPages(index).pages(charts);
                EntityPages entities = joined(entitiesLater);
                pages.addAll(entities.folderIndexes());
                pages.addAll(analysis);
                ArticlePages articles = new ArticlePages(index, markdown, bodies, memory, skeletons);
                List<String> paths = new ArrayList<>();
                pages.forEach(p -> paths.add(p.frame().path()));
                IntStream.range(0, entities.count()).forEach(i -> paths.add(entities.path(i)));
                IntStream.range(0, articles.count()).forEach(i -> paths.add(articles.path(i)));
                side.start(() -> out.write("sitemap.xml",
                        templates.render("sitemap.ftlx", Map.of("sitemap", machine.sitemap(paths)))));
                // entity and article pages are built as they are rendered, never all held at once
                int fixed = pages.size();
                inParallel(fixed + entities.count(), i -> write(briefing,
                        i < fixed ? pages.get(i) : entities.page(i - fixed, charts), out));
                pages.clear(); // their models (archive, sources, tags: every article) are not held during the articles
                inParallel(articles.count(), i -> write(briefing, articles.page(i), out));
            } catch (RenderException | IOException | RuntimeException | Error e) {
                side.abandon(); // nothing may write into an output being dropped (out of memory too)
                throw e;
            }
            side.finish();
        }
    }

    /**
     * Starts the files made of every article at once (search index, feed, data exports):
     * 227 MB of files at 10,000 articles, made one after another while the pages render.
     */
    private void startMachineFiles(Briefing briefing, MachineFiles machine, SiteOutput out, SideWork side) {
        DataExport data = new DataExport(bodies);
        side.start(() -> {
            byte[] others = data.piece(machine.otherSearchEntries().toList());
            // written twice, piece by piece, rather than held for both files (tens of MB)
            java.util.function.Supplier<Stream<byte[]>> search = () -> Stream.concat(briefing.articles().stream()
                            .map(a -> bodies.piece(a, "piece:data/search.json",
                                    () -> data.piece(List.of(MachineFiles.searchEntry(a))))),
                    Stream.of(others));
            out.write("data/search.json", data.jsonOfPieces(search, true));
            out.write("search-index.js", MachineFiles.searchScript(data.jsonOfPieces(search, false)));
        });
        data.exports(briefing).forEach(e -> side.start(() -> e.writeTo(out)));
        side.start(() -> {
            out.write("feed.xml", templates.render("feed.ftlx", Map.of("site", briefing.config(), "feed", machine.feed())));
            out.write("robots.txt", machine.robots());
        });
    }

    /** The HTML of article page {@code i} (newest first) without the charts: one page's render, for benchmarks. */
    public String articlePage(Briefing briefing, int i) throws RenderException {
        PageSpec p = new ArticlePages(new SiteIndex(briefing), markdown).page(i);
        return templates.render(p.template(), model(briefing, p));
    }

    /** Renders one page, unless its template and model are those of the previous build (then it is kept). */
    private void write(Briefing briefing, PageSpec p, SiteOutput out) throws RenderException, IOException {
        Map<String, Object> model = model(briefing, p);
        String path = p.frame().path();
        if (!out.reuse(path, PageKeys.of(keyBytes.get(), templates.fingerprint(p.template()), model))) {
            model.put("m", p.renderModel());
            out.write(path, templates.render(p.template(), model));
        }
    }

    /** The value of a task run on another thread, its failure thrown as if thrown here. */
    private static <T> T joined(CompletableFuture<T> task) throws RenderException, IOException {
        try {
            return task.join();
        } catch (CompletionException e) {
            Failures.rethrow(e.getCause());
            throw e;
        }
    }

    /** One page's work, which may fail like a render. */
    private interface PageTask {
        void run(int i) throws RenderException, IOException;
    }

    /** Runs {@code task} for 0..n-1 on all cores; the first failure (in page order) is thrown. */
    private static void inParallel(int n, PageTask task) throws RenderException, IOException {
        Exception[] failures = new Exception[n];
        IntStream.range(0, n).parallel().forEach(i -> {
            try {
                task.run(i);
            } catch (RenderException | IOException | RuntimeException e) {
                failures[i] = e;
            }
        });
        for (Exception e : failures) {
            Failures.rethrow(e);
        }
    }

    private static Map<String, Object> model(Briefing briefing, PageSpec p) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", briefing.config());
        model.put("page", p.frame());
        model.put("m", p.model());
        return model;
    }

    /** Copies {@code templates/static/**} to the site root. */
    private void copyStatic(SiteOutput out) throws IOException {
        Path dir = templates.dir().resolve("static");
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> list = files.filter(Files::isRegularFile).sorted().toList();
            for (Path f : list) {
                out.write(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
    }
}
