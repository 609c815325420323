package io.sitrep.charts;

import io.sitrep.aggregate.FigureSeries;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The chart plans of the last build of a process that builds again and again ({@code serve}),
 * so that the next build plans again only the charts whose data changed. At 10,000 articles the
 * 20 figure-series charts (65,000 claims: reports sorted, marks per outlet and day, a data table)
 * took 150–330 ms of each rebuild's chart plan, on its critical path, and writing every chart's
 * data as CSV and JSON again was nine tenths of the chart drawing's JFR samples (the drawings
 * themselves come from the chart cache).
 *
 * <p>Series are known by instance: the aggregate stage's {@link io.sitrep.aggregate.SeriesMemory}
 * gives a series whose claims did not change as the same object. A figure-series chart depends
 * on its series and on three things the whole briefing decides (the period and the outlets, whose
 * order gives each its colour); when any of those changes, every chart is planned again. The
 * house style is fixed ({@link HouseStyle} has no settings). A chart's CSV and JSON are kept by
 * its plan's instance, and the JSON only for the same figure number.
 *
 * <p>Plans are made on one thread, after the previous build's drawing has ended; the data files of
 * one build are made on several threads at once.
 */
public final class ChartMemory {

    /** Keeps nothing: every build plans every chart. */
    public static ChartMemory none() {
        return new ChartMemory(false);
    }

    /** Keeps each build's figure-series plans and data files for the next. */
    public static ChartMemory kept() {
        return new ChartMemory(true);
    }

    /** What a figure-series chart takes from the whole briefing besides its series. */
    private record SeriesContext(LocalDate from, LocalDate to, List<String> sources) {
    }

    /** A chart's data as files, for the figure number the JSON was written with. */
    record DataFiles(int number, String csv, String json) {
    }

    private final boolean keeps;
    private SeriesContext seriesContext;
    private Map<FigureSeries, ChartSpec> seriesPlans = new IdentityHashMap<>();
    private final Map<ChartSpec, DataFiles> dataFiles = Collections.synchronizedMap(new IdentityHashMap<>());

    private ChartMemory(boolean keeps) {
        this.keeps = keeps;
    }

    /**
     * The plans of the figure-series charts, in the order of {@code series}: those kept from the
     * last build for the same series instance and context, the others made by {@code plan}.
     * Only this build's plans are kept for the next.
     */
    List<ChartSpec> seriesPlans(ChartContext context, List<FigureSeries> series,
                                Function<FigureSeries, ChartSpec> plan) {
        if (!keeps) {
            return series.stream().map(plan).toList();
        }
        SeriesContext now = new SeriesContext(context.from(), context.to(), context.sources());
        Map<FigureSeries, ChartSpec> before = now.equals(seriesContext) ? seriesPlans : Map.of();
        Map<FigureSeries, ChartSpec> kept = new IdentityHashMap<>();
        for (FigureSeries s : series) {
            ChartSpec spec = before.get(s);
            kept.put(s, spec != null ? spec : plan.apply(s));
        }
        seriesContext = now;
        seriesPlans = kept;
        return series.stream().map(kept::get).toList();
    }

    /**
     * Forgets the data files of every plan but {@code current}'s: called once the charts of a
     * build are planned, before any is drawn.
     */
    void keepDataFilesOf(List<ChartSpec> current) {
        if (!keeps) {
            return;
        }
        Map<ChartSpec, Boolean> wanted = new IdentityHashMap<>();
        current.forEach(spec -> wanted.put(spec, Boolean.TRUE));
        dataFiles.keySet().retainAll(wanted.keySet());
    }

    /**
     * The chart's data as CSV and JSON: those of the same plan in the last build (the JSON only
     * for the same figure number), else written now; kept for the next build.
     */
    DataFiles dataFiles(ChartSpec spec, int number) {
        DataFiles kept = keeps ? dataFiles.get(Objects.requireNonNull(spec)) : null;
        if (kept != null && kept.number() == number) {
            return kept;
        }
        DataFiles files = new DataFiles(number, kept != null ? kept.csv() : DataExport.csv(spec.table()),
                DataExport.json(spec, number));
        if (keeps) {
            dataFiles.put(spec, files);
        }
        return files;
    }
}
