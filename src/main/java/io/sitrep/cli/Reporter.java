package io.sitrep.cli;

import io.sitrep.SiteBuild;
import io.sitrep.content.Display;
import io.sitrep.content.Problem;
import io.sitrep.publish.PublishException;
import java.io.PrintWriter;
import java.util.List;

/**
 * Prints problems the way compilers do, one per line as {@code file:line:col: message; hint},
 * so that editors and CI can jump to them; warnings carry {@code warning:} after the position.
 */
final class Reporter implements SiteBuild.Listener {

    private final PrintWriter err;
    private final SiteBuild.Listener progress;
    private int warnings;

    Reporter(PrintWriter err, SiteBuild.Listener progress) {
        this.err = err;
        this.progress = progress;
    }

    @Override
    public void stage(String name, int total) {
        progress.stage(name, total);
    }

    @Override
    public void advanced() {
        progress.advanced();
    }

    @Override
    public synchronized void warning(Problem p) {
        String where = p.file() + ":" + p.line() + ":" + p.column() + ": warning: ";
        err.println(p.hint() == null || p.hint().isBlank() ? where + p.message() : where + p.message() + "; " + p.hint());
        err.flush();
        warnings++;
    }

    synchronized int warnings() {
        return warnings;
    }

    /** Prints every problem and a closing count; {@code written} says whether the output was touched. */
    void problems(List<Problem> problems, String outcome) {
        for (Problem p : problems) {
            err.println(p);
        }
        err.println(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "; " + outcome);
        err.flush();
    }

    static Problem asProblem(PublishException e) {
        String where = e.folder() == null ? "sitrep" : Display.of(e.folder());
        return new Problem(where, 1, 1, e.getMessage(), e.hint());
    }
}
