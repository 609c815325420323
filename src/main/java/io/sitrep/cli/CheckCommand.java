package io.sitrep.cli;

import io.sitrep.SiteBuild;
import io.sitrep.aggregate.Briefing;
import io.sitrep.content.ContentException;
import io.sitrep.content.Problem;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sitrep check}: validate content and templates, write nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate the content and templates without writing anything.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no problems", "1:content or template errors", "2:bad usage"})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    BuildOptions options = new BuildOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        List<Problem> usage = UsageChecks.of(options);
        Reporter reporter = new Reporter(err, SiteBuild.Listener.NONE);
        if (!usage.isEmpty()) {
            reporter.problems(usage, "nothing was checked");
            return Main.USAGE;
        }
        try {
            Briefing b = new SiteBuild(reporter).check(options.toOptions());
            int n = b.articles().size();
            out.printf(Locale.ROOT, "%d article%s checked, no problems%s in %.1f s%n", n, n == 1 ? "" : "s",
                    reporter.warnings() == 0 ? "" : " (" + reporter.warnings() + " warning"
                            + (reporter.warnings() == 1 ? "" : "s") + ")",
                    (System.nanoTime() - start) / 1e9);
            out.flush();
            return Main.OK;
        } catch (ContentException e) {
            reporter.problems(e.problems(), "nothing was written");
            return Main.FAILED;
        }
    }
}
