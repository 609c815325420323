package io.sitrep.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The output of the chart stage.
 *
 * @param charts     the briefing's numbered charts, in figure-number order
 * @param sparklines one sparkline of mentions over time per mentioned entity, by entity id
 * @param omitted    charts that were not drawn for lack of data, with the reason to show
 */
public record Charts(List<Chart> charts, SortedMap<String, Chart> sparklines, List<Omission> omitted) {

    public Charts {
        charts = List.copyOf(charts);
        sparklines = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(sparklines));
        omitted = List.copyOf(omitted);
    }

    public static Charts none() {
        return new Charts(List.of(), new TreeMap<>(), List.of());
    }

    /** Every chart, numbered ones first, then sparklines by entity id. */
    public List<Chart> all() {
        List<Chart> all = new ArrayList<>(charts);
        all.addAll(sparklines.values());
        return all;
    }

    public Optional<Chart> byId(String id) {
        return Stream.concat(charts.stream(), sparklines.values().stream())
                .filter(chart -> chart.id().equals(id)).findFirst();
    }

    public List<Chart> ofKind(ChartKind kind) {
        return charts.stream().filter(chart -> chart.kind() == kind).toList();
    }

    public Optional<Chart> sparkline(String entityId) {
        return Optional.ofNullable(sparklines.get(entityId));
    }
}
