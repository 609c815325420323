package io.sitrep.charts;

import io.sitrep.aggregate.Briefing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * The chart stage: draws every chart of a briefing from its aggregates, in one house style,
 * as SVG and PNG with caption, alt text and data. Pure apart from the cache: the same
 * briefing gives the same bytes. Runs headless.
 */
public final class ChartStage {

    private final HouseStyle style;
    private final ChartCache cache;
    private final ChartMemory memory;

    public ChartStage() {
        this(new HouseStyle(), ChartCache.none());
    }

    public ChartStage(ChartCache cache) {
        this(cache, ChartMemory.none());
    }

    /** A stage that keeps its plans in {@code memory} for the next build of this process ({@code serve}). */
    public ChartStage(ChartCache cache, ChartMemory memory) {
        this(new HouseStyle(), cache, memory);
    }

    public ChartStage(HouseStyle style, ChartCache cache) {
        this(style, cache, ChartMemory.none());
    }

    private ChartStage(HouseStyle style, ChartCache cache, ChartMemory memory) {
        this.style = style;
        this.cache = cache;
        this.memory = memory;
    }

    /** Plans and draws every chart: {@code draw(plan(briefing))}. */
    public Charts draw(Briefing briefing) {
        return draw(plan(briefing));
    }

    /**
     * Plans every chart in order: data, texts, figure numbers and hashes, nothing drawn. The
     * kinds of chart are planned on all cores (each reads the briefing only), then numbered in order.
     */
    public ChartPlan plan(Briefing briefing) {
        ChartContext context = ChartContext.of(briefing, style);
        List<ChartPlanner> planners = planners(context, memory);
        CompletableFuture<Map<String, ChartSpec>> sparklinePlans =
                CompletableFuture.supplyAsync(() -> new Sparkline(context).plan(briefing));
        List<List<ChartSpec>> plans = planners.parallelStream().map(p -> p.plan(briefing)).toList();
        List<PlannedChart> numbered = new ArrayList<>();
        List<Omission> omitted = new ArrayList<>();
        for (int i = 0; i < planners.size(); i++) {
            ChartPlanner planner = planners.get(i);
            List<ChartSpec> specs = plans.get(i);
            if (specs.isEmpty()) {
                omitted.add(planner.omission());
            }
            for (ChartSpec spec : specs) {
                numbered.add(new PlannedChart(spec, numbered.size() + 1));
            }
        }
        SortedMap<String, PlannedChart> sparklines = new TreeMap<>();
        sparklinePlans.join().forEach((entity, spec) -> sparklines.put(entity, new PlannedChart(spec, 0)));
        List<ChartSpec> planned = new ArrayList<>();
        numbered.forEach(p -> planned.add(p.spec()));
        sparklines.values().forEach(p -> planned.add(p.spec()));
        memory.keepDataFilesOf(planned);
        return new ChartPlan(numbered, sparklines, omitted);
    }

    /**
     * Draws every planned chart as SVG and PNG on all cores: each drawing is independent (its
     * own JFreeChart, SVG document and image), and the caches are thread-safe.
     */
    public Charts draw(ChartPlan plan) {
        ChartDrawer drawer = new ChartDrawer(cache, memory);
        List<Chart> charts = plan.numbered().parallelStream()
                .map(p -> drawer.draw(p.spec(), p.number())).toList();
        List<Map.Entry<String, PlannedChart>> sparkList = List.copyOf(plan.sparklines().entrySet());
        List<Chart> sparkCharts = sparkList.parallelStream().map(e -> drawer.draw(e.getValue().spec(), 0)).toList();
        SortedMap<String, Chart> sparklines = new TreeMap<>();
        for (int i = 0; i < sparkList.size(); i++) {
            sparklines.put(sparkList.get(i).getKey(), sparkCharts.get(i));
        }
        return new Charts(charts, sparklines, plan.omitted());
    }

    private static List<ChartPlanner> planners(ChartContext context, ChartMemory memory) {
        return List.of(
                planner(new FigureSeriesChart(context, memory)::plan, ChartKind.FIGURE_SERIES, "Reported figures",
                        "No reported figure has a headline value yet."),
                planner(new DisplacementChart(context)::plan, ChartKind.DISPLACEMENT,
                        "Displacement and refugee estimates", "No article reports numbers of displaced people "
                                + "or refugees."),
                planner(new CoverageChart(context)::plan, ChartKind.COVERAGE, "Articles per day, by outlet",
                        "No dated articles yet."),
                planner(new TopEntitiesChart(context)::plan, ChartKind.TOP_ENTITIES,
                        "Most-mentioned people and organizations",
                        "No person or organization from the names dictionary is mentioned."),
                planner(new QuotesChart(context)::plan, ChartKind.QUOTES, "Quotes per speaker",
                        "No quote with a known speaker was found."),
                planner(new PlacesChart(context)::plan, ChartKind.PLACES, "Places mentioned",
                        "No place with coordinates in the names dictionary is mentioned."),
                planner(new CoMentionChart(context)::plan, ChartKind.CO_MENTIONS, "Who is named together",
                        "No two of the main actors are named in the same sentence."));
    }

    private static ChartPlanner planner(java.util.function.Function<Briefing, List<ChartSpec>> plan, ChartKind kind,
                                        String title, String message) {
        return new ChartPlanner(plan, new Omission(kind, title, message));
    }

    /** One kind of chart: how to plan it, and what to say when there is nothing to draw. */
    private record ChartPlanner(java.util.function.Function<Briefing, List<ChartSpec>> planner, Omission omission) {
        List<ChartSpec> plan(Briefing briefing) {
            return planner.apply(briefing);
        }
    }
}
