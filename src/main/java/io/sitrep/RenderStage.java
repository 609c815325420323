package io.sitrep;

import io.sitrep.aggregate.Briefing;
import io.sitrep.charts.ChartCache;
import io.sitrep.charts.ChartMemory;
import io.sitrep.charts.ChartPlan;
import io.sitrep.charts.ChartStage;
import io.sitrep.content.ContentException;
import io.sitrep.content.Display;
import io.sitrep.content.Markdown;
import io.sitrep.content.Problem;
import io.sitrep.publish.SiteOutput;
import io.sitrep.render.BodyCache;
import io.sitrep.render.BodySkeletons;
import io.sitrep.render.ChartFiles;
import io.sitrep.render.PageMemory;
import io.sitrep.render.RenderException;
import io.sitrep.render.SiteRenderer;
import io.sitrep.render.Templates;
import io.sitrep.render.pdf.PdfBriefing;
import io.sitrep.render.view.Pages;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The chart → render stages of a build: the charts, every page, the data files and the PDF,
 * into one output. A template error comes back as a {@code file:line:col} problem.
 */
final class RenderStage {

    private final Markdown markdown;
    private final SiteBuild.Listener listener;
    private final ChartMemory chartPlans;
    private final PageMemory pageParts;

    RenderStage(Markdown markdown, SiteBuild.Listener listener) {
        this(markdown, listener, ChartMemory.none(), PageMemory.none());
    }

    /** A stage that keeps chart plans and pages' parts for the next build of this process ({@code serve}). */
    RenderStage(Markdown markdown, SiteBuild.Listener listener, ChartMemory chartPlans, PageMemory pageParts) {
        this.markdown = markdown;
        this.listener = listener;
        this.chartPlans = chartPlans;
        this.pageParts = pageParts;
    }

    void render(Briefing briefing, SiteBuild.Options options, SiteOutput out, Pages.ChangesPage changes,
                BodyCache bodies, BodySkeletons skeletons, ChartCache charting) throws ContentException {
        try {
            Templates templates = new Templates(options.templates());
            listener.stage("chart", -1);
            ChartStage stage = new ChartStage(charting, chartPlans);
            ChartPlan plan = stage.plan(briefing);
            // Three independent jobs from here on, all fed by the plan: the PDF draws its charts
            // itself, pages show charts by their paths and texts, and only the chart files need
            // the drawing. The PDF and the chart files each get a thread, the pages this one.
            PdfBriefing pdf = new PdfBriefing(templates);
            CompletableFuture<Void> printed = inThread("sitrep-pdf",
                    () -> pdf.write(briefing, ChartFiles.forPrint(plan), out));
            CompletableFuture<Void> drawn = inThread("sitrep-charts",
                    () -> ChartFiles.write(stage.draw(plan), out));
            try {
                listener.stage("render", -1);
                new SiteRenderer(templates, markdown, bodies, pageParts, skeletons).render(briefing, ChartFiles.views(plan), changes, out);
            } catch (RenderException | IOException | RuntimeException | Error e) {
                // they must not write into a site being dropped (an Error too: out of memory)
                CompletableFuture.allOf(printed, drawn).exceptionally(ignored -> null).join();
                throw e;
            }
            listener.stage("pdf", -1);
            try {
                joinRethrowing(drawn);
            } finally {
                printed.exceptionally(ignored -> null).join();
            }
            joinRethrowing(printed);
        } catch (RenderException e) {
            String file = Display.of(options.templates().resolve(e.template()));
            throw new ContentException(List.of(new Problem(file, Math.max(1, e.line()), Math.max(1, e.column()),
                    templateMessage(e), e.getCause() instanceof freemarker.core.InvalidReferenceException
                            ? "fix the name, or allow a missing value with ${x!} or <#if x??>"
                            : "fix the template; the previous site was left as it was")));
        } catch (IOException e) {
            throw new ContentException(List.of(new Problem(Display.of(options.templates()), 1, 1,
                    "cannot read templates: " + e, "check --templates")));
        }
    }

    /** A job that may throw the render stage's exceptions, on a thread of its own. */
    private interface Job {
        void run() throws RenderException, IOException;
    }

    private static CompletableFuture<Void> inThread(String name, Job job) {
        return CompletableFuture.runAsync(() -> {
            try {
                job.run();
            } catch (RenderException | IOException e) {
                throw new CompletionException(e);
            }
        }, runnable -> new Thread(runnable, name).start());
    }

    private static void joinRethrowing(CompletableFuture<Void> task) throws RenderException, IOException {
        try {
            task.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RenderException r) {
                throw r;
            } else if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof Error error) {
                throw error; // out of memory on another thread is reported as on this one
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Freemarker's first line names the problem, its blamed expression says where ("...: article.x"). */
    private static String templateMessage(RenderException e) {
        String message = e.getMessage() == null ? "template error"
                : e.getMessage().strip().lines().findFirst().orElse("template error"); // one problem, one line
        if (e.getCause() instanceof freemarker.template.TemplateException t && t.getBlamedExpressionString() != null
                && !message.contains(t.getBlamedExpressionString())) {
            message = message.replaceAll("[:\\s]+$", "") + ": " + t.getBlamedExpressionString();
        }
        return message;
    }
}
