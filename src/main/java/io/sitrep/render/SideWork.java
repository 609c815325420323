package io.sitrep.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Files made beside the pages (the data exports, the search index, feed and sitemap) on threads
 * of their own, so they are written while the pages render instead of one after another at the
 * end. {@link #finish()} waits for them and throws the first failure in the order they were
 * given; {@link #abandon()} waits for them to stop touching the output, for a render that failed.
 */
final class SideWork implements AutoCloseable {

    /** One piece of work, which may fail like a render. */
    @FunctionalInterface
    interface Task {
        void run() throws RenderException, IOException;
    }

    private final ExecutorService threads;
    private final List<Future<Void>> started = new ArrayList<>();

    /** @param threadCount how many tasks run at once */
    SideWork(String name, int threadCount) {
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(threadCount, r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    void start(Task task) {
        started.add(threads.submit(() -> {
            task.run();
            return null;
        }));
    }

    /** Waits for every task; the first failure (in the order started) is thrown. */
    void finish() throws RenderException, IOException {
        Throwable first = null;
        for (Future<Void> f : started) {
            try {
                f.get();
            } catch (ExecutionException e) {
                first = first == null ? e.getCause() : first;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while writing the data files", e);
            }
        }
        Failures.rethrow(first);
    }

    /** Waits for every task to end, ignoring how: the output they wrote into is being dropped. */
    void abandon() {
        for (Future<Void> f : started) {
            try {
                f.get();
            } catch (ExecutionException ignored) {
                // the render's own failure is the one reported
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
