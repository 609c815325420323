package io.sitrep.aggregate;

import io.sitrep.analysis.Measure;
import java.math.BigDecimal;
import java.util.List;
import java.util.SortedMap;

/**
 * Every claim about one measure for one actor ("Turkey · killed"), in date order.
 *
 * @param id          stable slug ("killed-turkey"), for anchors and chart file names
 * @param label       for people ("Turkish personnel killed")
 * @param claims      every claim in date order (then source, then article)
 * @param headline    the headline value, or null when no claim has a number
 * @param bySource    the latest value each source reported, by source name
 * @param conflicting whether sources disagree about the latest period
 */
public record FigureSeries(String id, Measure measure, String actor, String label, List<Claim> claims,
                           Headline headline, SortedMap<String, BigDecimal> bySource, boolean conflicting) {

    public FigureSeries {
        claims = List.copyOf(claims);
    }
}
