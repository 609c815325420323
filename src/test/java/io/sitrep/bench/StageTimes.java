package io.sitrep.bench;

import io.sitrep.aggregate.Aggregator;
import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.aggregate.Briefing;
import io.sitrep.analysis.Analyzer;
import io.sitrep.analysis.Dictionary;
import io.sitrep.analysis.DictionaryReader;
import io.sitrep.analysis.FigureRules;
import io.sitrep.charts.ChartStage;
import io.sitrep.charts.Charts;
import io.sitrep.content.Content;
import io.sitrep.content.ContentLoader;
import io.sitrep.content.Markdown;
import io.sitrep.content.Problem;
import io.sitrep.publish.SiteOutput;
import io.sitrep.render.ChartFiles;
import io.sitrep.render.SiteRenderer;
import io.sitrep.render.Templates;
import io.sitrep.render.pdf.PdfBriefing;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Wall and CPU time of each stage of one build, writing nothing (pages are counted and
 * dropped): {@code java -cp target/sitrep.jar:target/test-classes io.sitrep.bench.StageTimes
 * CONTENT [TEMPLATES] [ROUNDS]}. The rounds after the first show the stages warm (JIT done).
 */
public final class StageTimes {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long wall;
    private long cpu;

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path templates = Path.of(args.length > 1 ? args[1] : "templates");
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        for (int r = 1; r <= rounds; r++) {
            System.out.println("round " + r);
            new StageTimes().run(content, templates);
        }
    }

    private void run(Path contentDir, Path templatesDir) throws Exception {
        start();
        Markdown markdown = new Markdown();
        Content content = new ContentLoader(markdown).load(contentDir, false);
        List<Problem> problems = new ArrayList<>();
        Dictionary dictionary = new DictionaryReader().read(contentDir.resolve("entities.yaml"), "entities.yaml", problems);
        FigureRules rules = FigureRules.load(contentDir.resolve("figure-rules.yaml"), "figure-rules.yaml", problems);
        lap("load " + content.articles().size() + " articles");
        Analyzer analyzer = new Analyzer(dictionary, rules);
        List<AnalyzedArticle> analyzed = content.articles().parallelStream()
                .map(a -> new AnalyzedArticle(a, analyzer.analyze(a))).toList();
        lap("analyze");
        Briefing briefing = new Aggregator().aggregate(content.briefing(), dictionary, analyzed);
        lap("aggregate");
        ChartStage stage = new ChartStage();
        io.sitrep.charts.ChartPlan plan = stage.plan(briefing);
        lap("chart plan (" + plan.numbered().size() + " numbered)");
        Charts charts = stage.draw(plan);
        lap("charts drawn (" + charts.all().size() + ")");
        charts.charts().stream().sorted(java.util.Comparator.comparingInt((io.sitrep.charts.Chart c) -> -c.svg().length()))
                .limit(3).forEach(c -> System.out.printf("    %s: svg %d KiB, png %d KiB%n", c.id(), c.svg().length() / 1024,
                        c.png().length / 1024));
        AtomicLong bytes = new AtomicLong();
        AtomicLong files = new AtomicLong();
        SiteOutput sink = (path, data) -> {
            bytes.addAndGet(data.length);
            files.incrementAndGet();
        };
        Templates templates = new Templates(templatesDir);
        ChartFiles.write(charts, sink);
        new SiteRenderer(templates, markdown).render(briefing, ChartFiles.views(charts), sink);
        lap("render (" + files.get() + " files, " + bytes.get() / (1024 * 1024) + " MiB)");
        long before = bytes.get();
        new PdfBriefing(templates).write(briefing, ChartFiles.forPrint(plan), sink);
        lap("pdf (" + (bytes.get() - before) / 1024 + " KiB)");
    }

    private void start() {
        wall = System.nanoTime();
        cpu = os.getProcessCpuTime();
    }

    private void lap(String what) {
        long w = System.nanoTime();
        long c = os.getProcessCpuTime();
        System.out.printf("  %-40s wall %7.2f s  cpu %7.2f s  heap %5d MiB%n", what, (w - wall) / 1e9, (c - cpu) / 1e9,
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024));
        wall = w;
        cpu = c;
    }
}
