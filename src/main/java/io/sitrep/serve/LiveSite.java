package io.sitrep.serve;

import io.sitrep.SiteBuild;
import io.sitrep.cache.EntryMemory;
import io.sitrep.content.ContentException;
import io.sitrep.content.Problem;
import io.sitrep.publish.PublishException;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * {@code sitrep serve} without the command line: builds the site, serves it with
 * {@link DevServer}, and on every change under the content and templates folders builds again
 * (incrementally) and reloads the open pages. A failed build shows its problems in the pages
 * until a build succeeds. {@link #close()} stops the watcher and the server.
 */
public final class LiveSite implements AutoCloseable {

    /** How long the folders must be quiet before a rebuild. */
    static final long QUIET_MILLIS = 150;

    private final SiteBuild.Options options;
    /** One build for the life of the server: it keeps the articles' cache entries in memory between runs. */
    private final SiteBuild builder;
    private final Consumer<String> log;
    private final DevServer server;
    private final FolderWatcher watcher;
    private final Thread loop;
    private final AtomicInteger builds = new AtomicInteger();
    /** Run after every good build: lowers the compiler's priority once the first is done. */
    private final Runnable afterBuild;
    private volatile String errorPage;

    /**
     * Builds once, then starts serving and watching.
     *
     * @param log one line per build ("rebuilt: …", or the problems)
     */
    public LiveSite(SiteBuild.Options options, int port, SiteBuild.Listener listener, Consumer<String> log)
            throws IOException {
        this(options, port, listener, log, CompilerPriority.ofThisProcess()::lower);
    }

    /** @param afterBuild run after every good build, on the building thread */
    LiveSite(SiteBuild.Options options, int port, SiteBuild.Listener listener, Consumer<String> log,
             Runnable afterBuild) throws IOException {
        this.options = options;
        this.builder = new SiteBuild(listener, EntryMemory.kept());
        this.log = log;
        this.afterBuild = afterBuild;
        build();
        this.server = new DevServer(options.out(), port, () -> errorPage);
        try {
            this.watcher = new FolderWatcher(List.of(options.content(), options.templates()));
        } catch (IOException e) {
            server.close();
            throw e;
        }
        this.loop = new Thread(this::watch, "sitrep-watch");
        loop.setDaemon(true);
        loop.start();
    }

    public DevServer server() {
        return server;
    }

    /** Number of builds done so far, failed ones included. */
    public int builds() {
        return builds.get();
    }

    private void watch() {
        try {
            while (watcher.awaitChange(QUIET_MILLIS)) {
                build();
                server.reload(builds.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void build() {
        long start = System.nanoTime();
        try {
            SiteBuild.Result r = builder.run(options);
            errorPage = null;
            log.accept(String.format(java.util.Locale.ROOT, "built: %d articles, %d written, %d removed in %.2f s",
                    r.articles(), r.written(), r.removed(), (System.nanoTime() - start) / 1e9));
            afterBuild.run();
        } catch (ContentException e) {
            fail(e.problems());
        } catch (PublishException e) {
            fail(List.of(new Problem(String.valueOf(e.folder()), 1, 1, e.getMessage(), e.hint())));
        } catch (RuntimeException e) {
            fail(List.of(new Problem("sitrep", 1, 1, "internal error: " + e, "this is a bug in sitrep")));
        } finally {
            builds.incrementAndGet();
        }
    }

    private void fail(List<Problem> problems) {
        errorPage = ErrorPage.of(problems);
        problems.forEach(p -> log.accept(p.toString()));
        log.accept(problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + "; the pages show them until the next good build");
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        loop.interrupt();
        server.close();
        try {
            loop.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        builder.finishPending(); // the cache and history of the last build are kept
    }
}
