package io.sitrep.cli;

import io.sitrep.SiteBuild;
import io.sitrep.content.ContentException;
import io.sitrep.content.Problem;
import io.sitrep.publish.PublishException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code sitrep build}: the whole pipeline into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the briefing site from the content folder.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:built", "1:content, template or output errors; the previous site is left as it was",
            "2:bad usage: unknown option, missing folder, refused output folder"})
final class BuildCommand implements Callable<Integer> {

    @Mixin
    BuildOptions options = new BuildOptions();

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        List<Problem> usage = UsageChecks.of(options);
        if (!usage.isEmpty()) {
            new Reporter(err, SiteBuild.Listener.NONE).problems(usage, "nothing was built");
            return Main.USAGE;
        }
        try (ConsoleProgress progress = main.interactive ? new ConsoleProgress(System.err) : null) {
            Reporter reporter = new Reporter(err, progress == null ? SiteBuild.Listener.NONE : progress);
            try {
                SiteBuild.Listener listener = StageTimer.wrapIfAsked(reporter, err);
                SiteBuild.Result r = new SiteBuild(listener).run(options.toOptions());
                if (listener instanceof StageTimer timer) {
                    timer.finishStage();
                }
                if (progress != null) {
                    progress.finish(); // clear the bar before the summary line
                }
                double secs = (System.nanoTime() - start) / 1e9;
                out.println(summary(r, secs, reporter.warnings()));
                out.flush();
                return Main.OK;
            } catch (ContentException e) {
                reporter.problems(e.problems(), "the output folder was not changed");
                return Main.FAILED;
            } catch (PublishException e) {
                reporter.problems(List.of(Reporter.asProblem(e)), "the output folder was not changed");
                return e.kind() == PublishException.Kind.REFUSED ? Main.USAGE : Main.FAILED;
            }
        }
    }

    static String summary(SiteBuild.Result r, double secs, int warnings) {
        String changes = r.written() == 0 && r.removed() == 0 ? "nothing changed"
                : r.written() + " written" + (r.removed() > 0 ? ", " + r.removed() + " removed" : "");
        return String.format(Locale.ROOT, "%d article%s → %d page%s, %d files (%s) in %.1f s%s",
                r.articles(), r.articles() == 1 ? "" : "s", r.pages(), r.pages() == 1 ? "" : "s", r.files(), changes,
                secs, warnings == 0 ? "" : ", " + warnings + " warning" + (warnings == 1 ? "" : "s"));
    }
}
