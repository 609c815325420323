package io.sitrep.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlyFlushTest {

    @TempDir
    Path dir;

    @Test
    void flushesLargeFilesOnAThreadOfItsOwnAndLeavesSmallOnesToTheKernel() throws Exception {
        List<String> flushed = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        EarlyFlush flush = new EarlyFlush(p -> {
            flushed.add(p.getFileName().toString());
            threads.add(Thread.currentThread().getName());
        });
        flush.staged(dir.resolve("page.html"), 20_000);
        flush.staged(dir.resolve("figures.json"), EarlyFlush.LARGE);
        flush.staged(dir.resolve("search.json"), 45_000_000);
        assertThat(flush.awaitFlushed(10, TimeUnit.SECONDS)).isTrue();
        assertThat(flushed).containsExactly("figures.json", "search.json");
        assertThat(threads).containsOnly("sitrep-flush");
    }

    @Test
    void aFileGoneBeforeItsFlushIsNoError() throws Exception {
        Path file = dir.resolve("data.json");
        Files.write(file, new byte[(int) EarlyFlush.LARGE]);
        EarlyFlush flush = new EarlyFlush();
        flush.staged(file, EarlyFlush.LARGE);
        flush.staged(dir.resolve("gone.json"), EarlyFlush.LARGE);
        assertThat(flush.awaitFlushed(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.size(file)).isEqualTo(EarlyFlush.LARGE);
    }

    @Test
    void closingStopsTakingFilesButLetsTheStartedOnesFinish() throws Exception {
        List<String> flushed = new CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        EarlyFlush flush = new EarlyFlush(p -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            flushed.add(p.getFileName().toString());
        });
        flush.staged(dir.resolve("a.json"), EarlyFlush.LARGE);
        flush.close();
        release.countDown();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (flushed.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        assertThat(flushed).containsExactly("a.json");
    }
}
