package io.sitrep.aggregate;

import static io.sitrep.Fixtures.analyzed;
import static io.sitrep.Fixtures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.analysis.Dictionary;
import io.sitrep.analysis.Measure;
import io.sitrep.analysis.Qualifier;
import io.sitrep.content.BriefingConfig;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregatorTest {

    private final Aggregator aggregator = new Aggregator();

    @Test
    void ordersArticlesNewestFirstAndTakesThePeriodFromThem() {
        Briefing b = aggregator.aggregate(BriefingConfig.defaults(), Dictionary.empty(), List.of(
                analyzed("a", "2020-02-05", "Rudaw"),
                analyzed("b", "2020-02-19", "AFP"),
                analyzed("c", "2020-02-06", "Rudaw")));
        assertThat(b.articles()).extracting(AnalyzedArticle::slug).containsExactly("b", "c", "a");
        assertThat(b.from()).isEqualTo(LocalDate.parse("2020-02-05"));
        assertThat(b.to()).isEqualTo(LocalDate.parse("2020-02-19"));
        assertThat(b.coverage().perDay()).containsOnlyKeys(LocalDate.parse("2020-02-05"),
                LocalDate.parse("2020-02-06"), LocalDate.parse("2020-02-19"));
        assertThat(b.coverage().perDay().get(LocalDate.parse("2020-02-19"))).containsEntry("AFP", 1);
    }

    @Test
    void theConfiguredPeriodWins() {
        BriefingConfig config = new BriefingConfig("t", "", "", "en", "", LocalDate.parse("2020-02-01"),
                LocalDate.parse("2020-02-29"), false);
        Briefing b = aggregator.aggregate(config, Dictionary.empty(), List.of(analyzed("a", "2020-02-05", "Rudaw")));
        assertThat(b.from()).isEqualTo(LocalDate.parse("2020-02-01"));
        assertThat(b.to()).isEqualTo(LocalDate.parse("2020-02-29"));
    }

    @Test
    void claimsLinkToTheirSentence() {
        Briefing b = aggregator.aggregate(BriefingConfig.defaults(), Dictionary.empty(), List.of(
                analyzed("a", "2020-02-05", "Rudaw", figure(Measure.KILLED, 8L, Qualifier.EXACT, "Turkey", "2020-02-03"))));
        Claim c = b.series().get(0).claims().get(0);
        assertThat(c.anchor()).isEqualTo("articles/a.html#s1");
        assertThat(c.source()).isEqualTo("Rudaw");
        assertThat(c.figure().value()).isEqualByComparingTo(BigDecimal.valueOf(8));
    }

    @Test
    void claimsOfOneSentenceShareItsTextAndLink() {
        List<Claim> claims = Aggregator.claims(List.of(analyzed("a", "2020-02-05", "Rudaw",
                figure(Measure.KILLED, 8L, Qualifier.EXACT, "Turkey", "2020-02-03"),
                figure(Measure.WOUNDED, 12L, Qualifier.EXACT, "Turkey", "2020-02-03"))));

        assertThat(claims).hasSize(2);
        assertThat(claims.get(0).sentence()).isNotEmpty().isSameAs(claims.get(1).sentence());
        assertThat(claims.get(0).anchor()).isEqualTo("articles/a.html#s1").isSameAs(claims.get(1).anchor());
    }
}
