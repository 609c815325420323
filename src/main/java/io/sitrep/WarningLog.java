package io.sitrep;

import io.sitrep.content.Problem;
import java.util.List;

/** Passes warnings on and keeps them, to report them again when a later build is skipped. */
final class WarningLog implements SiteBuild.Listener {
    private final SiteBuild.Listener next;
    private final List<Problem> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();

    WarningLog(SiteBuild.Listener next) {
        this.next = next;
    }

    @Override
    public void stage(String name, int total) {
        next.stage(name, total);
    }

    @Override
    public void advanced() {
        next.advanced();
    }

    @Override
    public void warning(Problem problem) {
        warnings.add(problem);
        next.warning(problem);
    }

    List<Problem> all() {
        return List.copyOf(warnings);
    }
}
