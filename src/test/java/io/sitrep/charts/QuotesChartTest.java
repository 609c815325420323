package io.sitrep.charts;

import static io.sitrep.charts.Fixtures.feb;
import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.aggregate.Briefing;
import java.util.List;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

class QuotesChartTest {

    private final Briefing briefing = Fixtures.crisis();
    private final ChartSpec spec = new QuotesChart(Fixtures.context(briefing)).plan(briefing).get(0);

    @Test
    void countsQuotationsAndPhrasesPerSpeaker() {
        CategoryDataset data = spec.draw().getCategoryPlot().getDataset();
        assertThat(data.getColumnKeys()).containsExactly("Recep Tayyip Erdoğan", "Dmitry Peskov", "Hulusi Akar",
                "United Nations", "a senior official");
        assertThat(data.getRowKeys()).containsExactly("Quotation", "Quoted phrase");
        assertThat(data.getValue("Quotation", "Dmitry Peskov")).isEqualTo(1);
        assertThat(data.getValue("Quoted phrase", "Dmitry Peskov")).isEqualTo(1);
    }

    @Test
    void textsNameTheMostQuotedAndTheTableCountsArticles() {
        assertThat(spec.altText()).isEqualTo("Recep Tayyip Erdoğan was quoted most often (4 quotes), followed by "
                + "Dmitry Peskov (2) and Hulusi Akar (2).");
        assertThat(spec.table().rows().get(0)).containsExactly("Recep Tayyip Erdoğan", "4", "4", "0", "4");
        assertThat(spec.sources()).contains("Reuters", "Rudaw");
    }

    @Test
    void quotesWithoutSpeakerAreCountedInTheCaptionOnly() {
        var articles = List.of(Fixtures.analyzed("a", feb(5), "X",
                Fixtures.quote(null, null, "words", false), Fixtures.quote("erdogan", "Erdoğan", "more", false)));
        Briefing one = Fixtures.with(briefing, List.of(), briefing.entities(), articles);
        ChartSpec single = new QuotesChart(Fixtures.context(one)).plan(one).get(0);
        assertThat(single.caption()).contains("1 quote without a known speaker is not shown");
        assertThat(single.draw().getCategoryPlot().getDataset().getRowKeys()).containsExactly("Quotation");
    }

    @Test
    void noQuotesNoChart() {
        Briefing empty = Fixtures.empty();
        assertThat(new QuotesChart(Fixtures.context(empty)).plan(empty)).isEmpty();
    }
}
