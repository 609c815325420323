package io.sitrep.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.aggregate.Briefing;
import io.sitrep.aggregate.Claim;
import io.sitrep.aggregate.FigureSeries;
import io.sitrep.analysis.Measure;
import io.sitrep.analysis.Qualifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartMemoryTest {

    /** A stage that keeps its plans, as {@code serve}'s, and one that plans every chart. */
    private final ChartStage kept = new ChartStage(ChartCache.none(), ChartMemory.kept());
    private final ChartStage fresh = new ChartStage(Fixtures.STYLE, ChartCache.none());

    /** The briefing with the killed series made again with one more report (a new instance), from {@code outlet}. */
    private static Briefing withMoreKilled(Briefing b, String outlet) {
        FigureSeries old = b.series().get(0);
        List<Claim> claims = new ArrayList<>(old.claims());
        claims.add(Fixtures.claim("a9", outlet, Fixtures.feb(27), Measure.KILLED, 33, Qualifier.EXACT, "Turkey",
                "33"));
        FigureSeries more = Fixtures.series(old.id(), old.measure(), old.actor(), old.label(), claims,
                claims.get(claims.size() - 1), 33, 33, List.of(outlet));
        List<FigureSeries> series = new ArrayList<>(b.series());
        series.set(0, more);
        return Fixtures.with(b, series, b.entities(), b.articles());
    }

    /** The briefing over another period. */
    private static Briefing from(Briefing b, int day) {
        return new Briefing(b.config(), b.dictionary(), b.articles(), b.series(), b.entities(), b.coverage(),
                Fixtures.feb(day), b.to());
    }

    private static void assertSameFiles(Charts actual, Charts expected) {
        assertThat(actual.all()).hasSameSizeAs(expected.all());
        for (int i = 0; i < expected.all().size(); i++) {
            Chart a = actual.all().get(i);
            Chart e = expected.all().get(i);
            assertThat(a.id()).isEqualTo(e.id());
            assertThat(a.number()).as(e.id()).isEqualTo(e.number());
            assertThat(a.caption()).as(e.id()).isEqualTo(e.caption());
            assertThat(a.altText()).as(e.id()).isEqualTo(e.altText());
            assertThat(a.table()).as(e.id()).isEqualTo(e.table());
            assertThat(a.csv()).as(e.id()).isEqualTo(e.csv());
            assertThat(a.json()).as(e.id()).isEqualTo(e.json());
            assertThat(a.svg()).as(e.id()).isEqualTo(e.svg());
            assertThat(a.png()).as(e.id()).isEqualTo(e.png());
            assertThat(a.hash()).as(e.id()).isEqualTo(e.hash());
        }
    }

    @Test
    void buildAfterBuildTheChartsAreThoseOfAStageThatKeepsNothing() {
        Briefing crisis = Fixtures.crisis();
        List<Briefing> builds = List.of(crisis, crisis, withMoreKilled(crisis, "Reuters"),
                Fixtures.with(crisis, crisis.series().subList(1, 3), crisis.entities(), crisis.articles()), // renumbered
                crisis, withMoreKilled(crisis, "Anadolu"), // a new outlet: other colours
                crisis, from(crisis, 4), crisis);
        for (Briefing b : builds) {
            assertSameFiles(kept.draw(b), fresh.draw(b));
        }
    }

    @Test
    void aSeriesThatDidNotChangeKeepsItsPlanAndDataFiles() {
        Briefing crisis = Fixtures.crisis();
        Charts first = kept.draw(crisis);
        Charts second = kept.draw(withMoreKilled(crisis, "Reuters"));
        Chart displacedBefore = first.byId("figures-displaced-civilians").orElseThrow();
        Chart displacedAfter = second.byId("figures-displaced-civilians").orElseThrow();
        assertThat(displacedAfter.table()).isSameAs(displacedBefore.table());
        assertThat(displacedAfter.csv()).isSameAs(displacedBefore.csv());
        assertThat(displacedAfter.json()).isSameAs(displacedBefore.json());
        assertThat(second.byId("figures-killed-turkey").orElseThrow().table())
                .isNotSameAs(first.byId("figures-killed-turkey").orElseThrow().table());
    }

    @Test
    void anotherPeriodOrOutletsPlansEverySeriesAgain() {
        Briefing crisis = Fixtures.crisis();
        for (Briefing other : List.of(withMoreKilled(crisis, "Anadolu"), from(crisis, 4))) {
            ChartPlan before = kept.plan(crisis);
            ChartPlan after = kept.plan(other);
            assertThat(after.numbered().get(1).id()).isEqualTo(before.numbered().get(1).id()); // displaced: same series
            assertThat(after.numbered().get(1).spec()).isNotSameAs(before.numbered().get(1).spec());
        }
    }

    @Test
    void aStageThatKeepsNothingPlansAgain() {
        Briefing crisis = Fixtures.crisis();
        assertThat(fresh.plan(crisis).numbered().get(0).spec()).isNotSameAs(fresh.plan(crisis).numbered().get(0).spec());
        assertThat(kept.plan(crisis).numbered().get(0).spec()).isSameAs(kept.plan(crisis).numbered().get(0).spec());
    }
}
