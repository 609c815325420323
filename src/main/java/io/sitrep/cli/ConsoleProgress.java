package io.sitrep.cli;

import io.sitrep.SiteBuild;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on the console for long builds. A stage draws a bar only once it has run
 * longer than a delay ({@link #DELAY} by default), so short builds print nothing but their summary. Thread-safe:
 * {@link #advanced()} is called from the analysis threads.
 */
final class ConsoleProgress implements SiteBuild.Listener, AutoCloseable {

    static final Duration DELAY = Duration.ofMillis(700);

    private final PrintStream stream;
    private final Duration delay;
    private final AtomicLong done = new AtomicLong();
    private String stage = "";
    private long total;
    private long startNanos;
    private volatile ProgressBar bar;

    ConsoleProgress(PrintStream stream) {
        this(stream, DELAY);
    }

    ConsoleProgress(PrintStream stream, Duration delay) {
        this.stream = stream;
        this.delay = delay;
    }

    @Override
    public synchronized void stage(String name, int stepCount) {
        closeBar();
        stage = name;
        total = stepCount;
        startNanos = System.nanoTime();
        done.set(0);
    }

    @Override
    public void advanced() {
        long n = done.incrementAndGet();
        ProgressBar b = bar;
        if (b != null) {
            b.stepTo(n);
        } else if (System.nanoTime() - startNanos > delay.toNanos()) {
            startBar(n);
        }
    }

    private synchronized void startBar(long n) {
        if (bar != null) {
            return;
        }
        bar = new ProgressBarBuilder()
                .setTaskName(stage)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(stream))
                .setUpdateIntervalMillis(200)
                .clearDisplayOnFinish()
                .build();
        bar.stepTo(n);
    }

    private synchronized void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }

    /** Ends the current bar, if one is drawn. */
    void finish() {
        closeBar();
    }

    @Override
    public void close() {
        closeBar();
    }
}
