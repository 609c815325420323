package io.sitrep.charts;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every chart of a briefing planned (data, texts, numbers, hashes) but not drawn yet. Planning is
 * quick; drawing SVG and PNG is the costly part, so a build can start the printed briefing,
 * which draws its charts itself, as soon as the plan is made.
 */
public final class ChartPlan {

    private final List<PlannedChart> numbered;
    private final SortedMap<String, PlannedChart> sparklines;
    private final List<Omission> omitted;

    ChartPlan(List<PlannedChart> numbered, SortedMap<String, PlannedChart> sparklines, List<Omission> omitted) {
        this.numbered = List.copyOf(numbered);
        this.sparklines = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(sparklines));
        this.omitted = List.copyOf(omitted);
    }

    /** The numbered charts in figure order. */
    public List<PlannedChart> numbered() {
        return numbered;
    }

    /** One sparkline per mentioned entity, by entity id, unnumbered. */
    public SortedMap<String, PlannedChart> sparklines() {
        return sparklines;
    }

    /** Charts that will not be drawn for lack of data, with the reason to show. */
    public List<Omission> omitted() {
        return omitted;
    }
}
