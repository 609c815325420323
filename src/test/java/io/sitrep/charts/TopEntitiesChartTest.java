package io.sitrep.charts;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.aggregate.Briefing;
import java.util.List;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

class TopEntitiesChartTest {

    private final Briefing briefing = Fixtures.crisis();
    private final ChartSpec spec = new TopEntitiesChart(Fixtures.context(briefing)).plan(briefing).get(0);

    @Test
    void ranksPeopleAndOrganizationsOnly() {
        CategoryDataset data = spec.draw().getCategoryPlot().getDataset();
        assertThat(data.getColumnKeys()).containsExactly("Recep Tayyip Erdoğan", "Vladimir Putin",
                "Hayat Tahrir al-Sham", "Dmitry Peskov", "Hulusi Akar", "Bashar al-Assad", "United Nations", "NATO");
        assertThat(data.getRowKeys()).containsExactly("Person", "Organization");
        assertThat(data.getValue("Organization", "Hayat Tahrir al-Sham")).isEqualTo(7);
        assertThat(data.getValue("Person", "Hayat Tahrir al-Sham")).isEqualTo(0);
    }

    @Test
    void altTextNamesTheLeaderAndFollowers() {
        assertThat(spec.altText()).isEqualTo("Recep Tayyip Erdoğan was mentioned most often (24 times), followed by "
                + "Vladimir Putin (10) and Hayat Tahrir al-Sham (7).");
        assertThat(spec.table().rows().get(0)).containsExactly("1", "Recep Tayyip Erdoğan", "person", "24", "5");
    }

    @Test
    void tiesAtTheTopAreNamedTogether() {
        assertThat(TopEntitiesChart.ranking(List.of("A", "B", "C"), List.of(3, 3, 1), "was", "were", "time", "times"))
                .isEqualTo("A and B were (3 times each), followed by C (1).");
        assertThat(TopEntitiesChart.ranking(List.of("A"), List.of(1), "was", "were", "time", "times"))
                .isEqualTo("A was (1 time).");
    }

    @Test
    void heightGrowsWithTheNumberOfBars() {
        assertThat(spec.height()).isEqualTo(HorizontalBars.height(8));
    }

    @Test
    void noPeopleOrOrganizationsNoChart() {
        Briefing empty = Fixtures.with(briefing, briefing.series(), List.of(), briefing.articles());
        assertThat(new TopEntitiesChart(Fixtures.context(empty)).plan(empty)).isEmpty();
    }
}
