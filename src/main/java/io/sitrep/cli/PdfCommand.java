package io.sitrep.cli;

import io.sitrep.SiteBuild;
import io.sitrep.aggregate.Briefing;
import io.sitrep.content.ContentException;
import io.sitrep.content.Problem;
import io.sitrep.publish.PublishException;
import io.sitrep.publish.StagedSite;
import io.sitrep.charts.ChartStage;
import io.sitrep.render.ChartFiles;
import io.sitrep.render.RenderException;
import io.sitrep.render.Templates;
import io.sitrep.render.pdf.PdfBriefing;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep pdf}: only the printed briefing, {@code briefing.pdf}, into the output folder,
 * through the same staged publishing as {@code build} (nothing half-written, the lock held).
 * The rest of a site already in the folder stays as it is.
 */
@Command(name = "pdf", mixinStandardHelpOptions = true,
        description = "Write only the printed briefing (briefing.pdf) into the output folder.")
final class PdfCommand implements Callable<Integer> {

    @Mixin
    BuildOptions options = new BuildOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        SiteBuild.Options o = options.toOptions();
        try {
            Briefing briefing = new SiteBuild().briefing(o);
            PdfBriefing pdf = new PdfBriefing(new Templates(o.templates()));
            if (!pdf.hasTemplate()) {
                throw new ContentException(List.of(new Problem(o.templates().resolve(PdfBriefing.TEMPLATE).toString(),
                        1, 1, "no print template", "add templates/print/briefing.ftlh or pass --templates")));
            }
            PdfBriefing.Rendered rendered = pdf.render(briefing, ChartFiles.forPrint(new ChartStage().plan(briefing)));
            try (StagedSite site = StagedSite.open(o.out(), o.force(), o.clean())) {
                keepPreviousFiles(site, o.out());
                site.write(PdfBriefing.FILE, rendered.pdf());
                site.commit();
            }
            rendered.notes().forEach(n -> err.println("warning: " + n));
            err.flush();
            out.printf(Locale.ROOT, "%s (%d KiB) in %.1f s%n", o.out().resolve(PdfBriefing.FILE),
                    (rendered.pdf().length + 1023) / 1024, (System.nanoTime() - start) / 1e9);
            out.flush();
            return 0;
        } catch (ContentException e) {
            new Reporter(err, SiteBuild.Listener.NONE).problems(e.problems(), "the output folder was not changed");
            return Main.FAILED;
        } catch (RenderException e) {
            new Reporter(err, SiteBuild.Listener.NONE).problems(List.of(new Problem(
                    o.templates().resolve(e.template()).toString(), e.line(), e.column(), e.getMessage(),
                    "fix the template; the previous PDF was left as it was")), "the output folder was not changed");
            return Main.FAILED;
        } catch (IOException e) {
            err.println("cannot make " + PdfBriefing.FILE + ": " + e.getMessage());
            err.flush();
            return 1;
        } catch (PublishException e) {
            new Reporter(err, SiteBuild.Listener.NONE).problems(List.of(Reporter.asProblem(e)),
                    "the output folder was not changed");
            return e.kind() == PublishException.Kind.REFUSED ? Main.USAGE : Main.FAILED;
        }
    }

    private static int report(PrintWriter err, ContentException e) {
        new Reporter(err, SiteBuild.Listener.NONE).problems(e.problems(), "the output folder was not changed");
        return Main.FAILED;
    }

    /**
     * A commit removes every file of the previous build that this one did not write. This command
     * writes one file, so it first hands the staged site the other files as they are on disk: their
     * bytes match the manifest, so none is copied or touched, and none is removed.
     */
    private static void keepPreviousFiles(StagedSite site, Path out) throws IOException {
        for (String path : StagedSite.manifestOf(out.toAbsolutePath().normalize()).keySet()) {
            Path file = site.root().resolve(path);
            if (!path.equals(PdfBriefing.FILE) && Files.isRegularFile(file)) {
                site.write(path, Files.readAllBytes(file));
            }
        }
    }
}
