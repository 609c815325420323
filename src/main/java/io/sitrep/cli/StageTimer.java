package io.sitrep.cli;

import io.sitrep.SiteBuild;
import io.sitrep.content.Problem;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Prints how long each stage of a build took ({@code timing: render 3.2 s}), for benchmarks:
 * on when the JVM runs with {@code -Dsitrep.timings=true}. Passes everything on to the listener
 * it wraps.
 */
final class StageTimer implements SiteBuild.Listener {

    private final SiteBuild.Listener next;
    private final PrintWriter err;
    private final LongSupplier clock;
    private String stage;
    private long started;

    StageTimer(SiteBuild.Listener next, PrintWriter err, LongSupplier clock) {
        this.next = next;
        this.err = err;
        this.clock = clock;
    }

    static SiteBuild.Listener wrapIfAsked(SiteBuild.Listener listener, PrintWriter err) {
        return Boolean.getBoolean("sitrep.timings") ? new StageTimer(listener, err, System::nanoTime) : listener;
    }

    @Override
    public synchronized void stage(String name, int total) {
        finishStage();
        stage = name;
        started = clock.getAsLong();
        next.stage(name, total);
    }

    /** Prints the time of the stage that is running, if any. */
    synchronized void finishStage() {
        if (stage != null) {
            err.printf(Locale.ROOT, "timing: %s %.2f s%n", stage, (clock.getAsLong() - started) / 1e9);
            err.flush();
            stage = null;
        }
    }

    @Override
    public void advanced() {
        next.advanced();
    }

    @Override
    public void warning(Problem problem) {
        next.warning(problem);
    }
}
