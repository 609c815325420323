package io.sitrep.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.aggregate.Briefing;
import io.sitrep.analysis.EntityType;
import java.util.List;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;

class CoMentionChartTest {

    private final Briefing briefing = Fixtures.crisis();
    private final ChartSpec spec = new CoMentionChart(Fixtures.context(briefing)).plan(briefing).get(0);

    @Test
    void theMainActorsAreTheMostMentionedNonPlaces() {
        XYPlot plot = spec.draw().getXYPlot();
        SymbolAxis rows = (SymbolAxis) plot.getRangeAxis();
        assertThat(List.of(rows.getSymbols())).containsExactly("Hulusi Akar", "Dmitry Peskov", "Hayat Tahrir al-Sham",
                "Vladimir Putin", "Syria", "Russia", "Recep Tayyip Erdoğan", "Turkey");
        SymbolAxis columns = (SymbolAxis) plot.getDomainAxis();
        assertThat(List.of(columns.getSymbols())).containsExactly("Turkey", "Erdoğan", "Russia", "Syria", "Putin",
                "HTS", "Peskov", "Hulusi Akar");
    }

    @Test
    void cellsCountSentencesNamingBothAndTheMatrixIsSymmetric() {
        XYZDataset data = (XYZDataset) spec.draw().getXYPlot().getDataset();
        assertThat(data.getItemCount(0)).isEqualTo(8 * 7);
        List<List<String>> rows = spec.table().rows();
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).get(i + 1)).isEmpty();
            for (int j = 0; j < rows.size(); j++) {
                assertThat(rows.get(i).get(j + 1)).isEqualTo(rows.get(j).get(i + 1));
            }
        }
        assertThat(rows.get(0)).startsWith("Turkey", "", "9", "14", "11");
    }

    @Test
    void altTextNamesTheStrongestPairs() {
        assertThat(spec.altText()).isEqualTo("Turkey and Russia were named together most often (14 sentences), "
                + "followed by Turkey with Syria (11) and Turkey with Recep Tayyip Erdoğan (9).");
    }

    @Test
    void longNamesAreShortenedForTheRotatedAxis() {
        var person = Fixtures.entity("x", "Recep Tayyip Erdoğan", EntityType.PERSON, null, null);
        var organization = Fixtures.entity("y", "Hayat Tahrir al-Sham", EntityType.ORGANIZATION, null, null);
        var plain = Fixtures.entity("z", "the northwestern alliance", EntityType.ORGANIZATION, null, null);
        assertThat(CoMentionChart.shortName(person, person.name())).isEqualTo("Erdoğan");
        assertThat(CoMentionChart.shortName(organization, organization.name())).isEqualTo("HTS");
        assertThat(CoMentionChart.shortName(plain, plain.name())).isEqualTo("the northwe…");
        assertThat(CoMentionChart.shortName(person, "NATO")).isEqualTo("NATO");
    }

    @Test
    void noCoMentionsNoChart() {
        var loners = briefing.entities().stream()
                .map(stats -> new io.sitrep.aggregate.EntityStats(stats.entity(), stats.mentions(), stats.perArticle(),
                        stats.perDay(), new java.util.TreeMap<>(), stats.quotes())).toList();
        Briefing alone = Fixtures.with(briefing, briefing.series(), loners, briefing.articles());
        assertThat(new CoMentionChart(Fixtures.context(alone)).plan(alone)).isEmpty();
    }
}
