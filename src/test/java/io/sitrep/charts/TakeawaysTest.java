package io.sitrep.charts;

import static io.sitrep.charts.Fixtures.feb;
import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.aggregate.Claim;
import io.sitrep.aggregate.Headline;
import io.sitrep.analysis.Measure;
import io.sitrep.analysis.Qualifier;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TakeawaysTest {

    private static Claim claim(String source, int day, long value) {
        return Fixtures.claim("a" + day, source, feb(day), Measure.DISPLACED, value, Qualifier.EXACT, "civilians",
                String.valueOf(value));
    }

    private static Headline headline(Claim claim, long low, long high) {
        return new Headline(claim.figure().value(), BigDecimal.valueOf(low), BigDecimal.valueOf(high),
                claim.figure().date(), List.of(claim.source()), claim);
    }

    @Test
    void anyReportedSaysWhetherReportedWouldFindAny() {
        List<Claim> some = List.of(claim("UN", 5, 400_000), claim("Rudaw", 19, 900_000));
        assertThat(Takeaways.anyReported(some)).isTrue();
        assertThat(Takeaways.reported(some)).isNotEmpty();
        assertThat(Takeaways.anyReported(List.of())).isFalse();
        assertThat(Takeaways.reported(List.of())).isEmpty();
    }

    @Test
    void risingReportsNameBothEndsWithDatesAndOutlets() {
        Claim last = claim("Rudaw", 19, 900_000);
        List<Claim> claims = List.of(claim("UN", 5, 400_000), claim("Reuters", 12, 700_000), last);
        assertThat(Takeaways.trend("People displaced", Takeaways.reported(claims), headline(last, 900_000, 900_000)))
                .isEqualTo("People displaced: reports rose from 400,000 on 5 Feb (UN) to 900,000 on 19 Feb (Rudaw).");
    }

    @Test
    void fallingAndSteadyReportsSaySo() {
        List<Claim> falling = List.of(claim("A", 5, 20), claim("B", 9, 12));
        assertThat(Takeaways.trend("Killed", Takeaways.reported(falling), null)).contains("fell from 20 on 5 Feb (A) to 12");
        List<Claim> steady = List.of(claim("A", 5, 12), claim("B", 9, 12));
        assertThat(Takeaways.trend("Killed", Takeaways.reported(steady), null))
                .isEqualTo("Killed: reports stayed at 12 from 5 Feb (A) to 9 Feb (B).");
    }

    @Test
    void theLatestSpreadIsStatedWhenSourcesDisagree() {
        Claim last = claim("B", 9, 16);
        List<Claim> claims = List.of(claim("A", 5, 8), last, claim("C", 9, 17));
        assertThat(Takeaways.trend("Killed", Takeaways.reported(claims), headline(last, 16, 17)))
                .endsWith("to 16 on 9 Feb (B). The latest reports range from 16 to 17.");
    }

    @Test
    void reportsOfOneDayAreComparedNotTrended() {
        assertThat(Takeaways.trend("Killed", Takeaways.reported(List.of(claim("A", 5, 8))), null))
                .isEqualTo("Killed: one report, 8 on 5 Feb (A).");
        assertThat(Takeaways.trend("Killed", Takeaways.reported(List.of(claim("A", 5, 8), claim("B", 5, 9))), null))
                .isEqualTo("Killed: 2 reports on 5 Feb range from 8 (A) to 9 (B).");
        assertThat(Takeaways.trend("Killed", Takeaways.reported(List.of(claim("A", 5, 8), claim("B", 5, 8))), null))
                .isEqualTo("Killed: 2 reports on 5 Feb agree on 8 (A and B).");
    }

    @Test
    void noNumberNoTrend() {
        assertThat(Takeaways.trend("Killed", List.of(), null)).isEqualTo("Killed: no report gives a number.");
    }

    @Test
    void vagueAmountsArePlottedAtTheirConservativeReading() {
        var figure = new io.sitrep.analysis.Figure(Measure.KILLED, null, null, null, Qualifier.VAGUE,
                BigDecimal.valueOf(12), "civilians", "civilians", feb(5), 0, 0, 6, "dozens");
        assertThat(Takeaways.plotted(figure)).isEqualByComparingTo("12");
    }
}
