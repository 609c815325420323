package io.sitrep.cli;

import io.sitrep.SiteBuild;
import io.sitrep.content.ContentException;
import io.sitrep.content.Problem;
import io.sitrep.publish.PublishException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sitrep build}: the whole pipeline into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the briefing site from the content folder.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    BuildOptions options = new BuildOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        try {
            SiteBuild.Result r = new SiteBuild().run(options.toOptions());
            double secs = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "%d article%s → %d files (%d written, %d removed) in %.1f s%n",
                    r.articles(), r.articles() == 1 ? "" : "s", r.files(), r.written(), r.removed(), secs);
            out.flush();
            return 0;
        } catch (ContentException e) {
            return report(err, e);
        } catch (PublishException e) {
            err.println(options.out + ": " + e.getMessage());
            err.flush();
            return 1;
        }
    }

    static int report(PrintWriter err, ContentException e) {
        for (Problem p : e.problems()) {
            err.println(p);
        }
        err.printf("%d problem%s; nothing was written%n", e.problems().size(), e.problems().size() == 1 ? "" : "s");
        err.flush();
        return 1;
    }
}
