package io.sitrep.render;

import io.sitrep.render.view.Parts.ChartView;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The charts the chart stage drew, by where they belong: the overview (index and figures
 * pages), one figure series (its section of the figures page) or one entity (its page).
 * Paths in each {@link ChartView} are relative to the site root.
 */
public record ChartSet(List<ChartView> overview, SortedMap<String, List<ChartView>> bySeries,
                       SortedMap<String, List<ChartView>> byEntity) {

    public ChartSet {
        overview = List.copyOf(overview);
        bySeries = new TreeMap<>(bySeries);
        byEntity = new TreeMap<>(byEntity);
    }

    public static ChartSet none() {
        return new ChartSet(List.of(), new TreeMap<>(), new TreeMap<>());
    }

    public List<ChartView> forSeries(String seriesId) {
        return bySeries.getOrDefault(seriesId, List.of());
    }

    public List<ChartView> forEntity(String entityId) {
        return byEntity.getOrDefault(entityId, List.of());
    }

    /** For callers that build the maps themselves. */
    public static ChartSet of(List<ChartView> overview, Map<String, List<ChartView>> bySeries,
                              Map<String, List<ChartView>> byEntity) {
        return new ChartSet(overview, new TreeMap<>(bySeries), new TreeMap<>(byEntity));
    }
}
