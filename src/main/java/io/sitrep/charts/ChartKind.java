package io.sitrep.charts;

import java.util.Locale;

/** The kinds of chart the briefing draws, in the order they are numbered. */
public enum ChartKind {
    /** Reported figures over time, one chart per headline series. */
    FIGURE_SERIES,
    /** Displacement and refugee estimates over time, the range of reports as a band. */
    DISPLACEMENT,
    /** Articles per day (or week) by source. */
    COVERAGE,
    /** Most-mentioned people and organizations. */
    TOP_ENTITIES,
    /** Quotes per speaker. */
    QUOTES,
    /** Mentioned places by longitude and latitude. */
    PLACES,
    /** How often the main actors are named in the same sentence. */
    CO_MENTIONS,
    /** Mentions of one entity per day, for its page. */
    SPARKLINE;

    /** "figure-series", for CSS classes and JSON. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
