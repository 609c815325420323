package io.sitrep.cli;

import io.sitrep.SiteBuild;
import io.sitrep.content.Problem;
import io.sitrep.serve.LiveSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep serve}: build, serve on 127.0.0.1, rebuild and reload on every change, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build, serve the site on 127.0.0.1, rebuild on changes and reload open pages (Ctrl-C stops).")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    BuildOptions options = new BuildOptions();

    @Option(names = "--port", paramLabel = "N", description = "port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0: any free one)")
    int port = 8000;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Problem> usage = UsageChecks.of(options);
        if (port < 0 || port > 65535) {
            usage = new java.util.ArrayList<>(usage);
            usage.add(new Problem("--port", 1, 1, port + " is not a port", "give a number from 0 to 65535"));
        }
        Reporter reporter = new Reporter(err, SiteBuild.Listener.NONE);
        if (!usage.isEmpty()) {
            reporter.problems(usage, "nothing was served");
            return Main.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        LiveSite site;
        try {
            // -Dsitrep.timings=true: each build's stages, as `build` prints them (for benchmarks)
            SiteBuild.Listener listener = StageTimer.wrapIfAsked(reporter, err);
            site = new LiveSite(options.toOptions(), port, listener, line -> {
                if (listener instanceof StageTimer timer) {
                    timer.finishStage(); // a build is over when its line is logged
                }
                out.println(line);
                out.flush();
            });
        } catch (IOException e) {
            err.println("cannot serve on 127.0.0.1:" + port + ": " + e.getMessage() + "; try another --port");
            err.flush();
            return Main.FAILED;
        }
        Thread hook = new Thread(() -> {
            site.close();
            stopped.countDown();
        }, "sitrep-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("serving http://127.0.0.1:" + site.server().port() + "/ (Ctrl-C stops)");
        out.flush();
        stopped.await();
        return Main.OK;
    }
}
