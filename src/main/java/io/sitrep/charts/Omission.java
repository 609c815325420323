package io.sitrep.charts;

/**
 * A chart the briefing would show but that has no data, so the page can say so instead of
 * showing an empty frame.
 *
 * @param kind    the kind of chart
 * @param title   the title the chart would have had
 * @param message why there is no chart, for readers ("No places with coordinates were mentioned.")
 */
public record Omission(ChartKind kind, String title, String message) {
}
