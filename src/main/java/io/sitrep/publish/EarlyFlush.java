package io.sitrep.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Puts large staged files on disk (fdatasync) on a thread of its own as soon as each is written,
 * while the rest of the build goes on, so that the commit's renames need not.
 *
 * <p>Why: ext4 (with {@code auto_da_alloc}, its default) allocates the blocks of a file and
 * starts writing it out inside any rename that replaces another file, so that a crash cannot
 * leave an empty file where the old one was. The commit renames each changed file over the
 * previous one; after one new article at 10,000 articles that is about 240 MB of data files, and
 * the renames took 0.16–0.21 s of a 2 s {@code serve} rebuild, one after another on its critical
 * path ({@code docs/benchmarks.md}, fourteenth round). Flushed beforehand, they only swap names.
 * The bytes are also on disk before the rename makes them the site's: the order a crash-safe
 * replace wants. Small files (pages, charts) are left to the kernel: their renames cost little.
 *
 * <p>A flush that fails is ignored: the rename flushes the file as it did before.
 */
final class EarlyFlush implements AutoCloseable {

    /** Files from this size on are flushed early (every data file of a large briefing, none of a small one). */
    static final long LARGE = 1 << 20;

    private final Consumer<Path> flush;
    private ExecutorService thread;

    /** Flushes with fdatasync. */
    EarlyFlush() {
        this(EarlyFlush::dataSync);
    }

    /** @param flush what is done with each large file, on the flushing thread */
    EarlyFlush(Consumer<Path> flush) {
        this.flush = flush;
    }

    /** A file of {@code length} bytes was staged and will be renamed into place: flushed now if large. */
    synchronized void staged(Path file, long length) {
        if (length < LARGE) {
            return;
        }
        if (thread == null) {
            thread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "sitrep-flush");
                t.setDaemon(true);
                return t;
            });
        }
        thread.execute(() -> flush.accept(file));
    }

    /** Waits until every file handed over so far is flushed (for tests); true if that happened in time. */
    synchronized boolean awaitFlushed(long timeout, TimeUnit unit) throws InterruptedException {
        if (thread == null) {
            return true;
        }
        thread.shutdown();
        boolean done = thread.awaitTermination(timeout, unit);
        thread = null;
        return done;
    }

    /** Stops taking files; those already handed over are still flushed, without anyone waiting. */
    @Override
    public synchronized void close() {
        if (thread != null) {
            thread.shutdown();
            thread = null;
        }
    }

    private static void dataSync(Path file) {
        try (FileChannel c = FileChannel.open(file, StandardOpenOption.READ)) {
            c.force(false);
        } catch (IOException | RuntimeException e) {
            // moved or removed meanwhile (the commit, an aborted build): the rename flushes it, or nothing has to
        }
    }
}
