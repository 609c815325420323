package io.sitrep.aggregate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The value a briefing leads with for one series, after ACLED: the lowest credible figure of
 * the latest period, with the range of that period's reports, their sources and the "as of"
 * date. Never a sum of cumulative tallies.
 *
 * @param value   the headline value (lowest credible of the latest period)
 * @param low     lowest report of the latest period
 * @param high    highest report of the latest period
 * @param asOf    the date of the latest report
 * @param sources the outlets that reported in that period, sorted
 * @param claim   the claim the value comes from
 */
public record Headline(BigDecimal value, BigDecimal low, BigDecimal high, LocalDate asOf, List<String> sources,
                       Claim claim) {

    public Headline {
        sources = List.copyOf(sources);
    }
}
