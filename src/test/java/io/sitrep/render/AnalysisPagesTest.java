package io.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.render.view.Pages;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysisPagesTest {

    @TempDir
    Path dir;

    private AnalysisPages pages() {
        return new AnalysisPages(new SiteIndex(Fixture.briefing(dir)));
    }

    @Test
    void figuresAreGroupedBySeriesWithSourcesSideBySide() {
        Pages.FiguresPage page = pages().figures(ChartSet.none());
        assertThat(page.claimCount()).isEqualTo(3);
        Pages.SeriesView killed = page.series().get(0);
        assertThat(killed.id()).isEqualTo("killed-turkey");
        assertThat(killed.conflicting()).isTrue();
        assertThat(killed.bySource()).extracting(v -> v.source() + "=" + v.value())
                .containsExactly("Wire One=8", "Wire Two=10");
        assertThat(killed.claims()).extracting(c -> c.anchor())
                .containsExactly("articles/2020-02-05-alpha.html#s1", "articles/2020-02-10-beta.html#s1");
    }

    @Test
    void timelineIsInDateOrderAndGroupedByMonth() {
        Pages.TimelinePage page = pages().timeline();
        assertThat(page.months()).extracting(g -> g.name()).containsExactly("February 2020");
        assertThat(page.months().get(0).items()).extracting(d -> d.value() + " " + d.text())
                .containsExactly("2020-02-03 on Monday", "2020-02-08 on Saturday");
    }

    @Test
    void quotesAreGroupedBySpeakerAndLinkedToPagesWhenKnown() {
        Pages.QuotesPage page = pages().quotes();
        assertThat(page.speakers()).extracting(g -> g.name()).containsExactly("Mehmet Demir", "Recep Tayyip Erdoğan");
        assertThat(page.speakers().get(1).items().get(0).speakerPath()).isEqualTo("people/recep-tayyip-erdogan.html");
        assertThat(page.speakers().get(0).items().get(0).speakerPath()).isNull();
    }

    @Test
    void unconfirmedNamesComeWithAYamlSnippetForTheDictionary() {
        Pages.NamesPage page = pages().names();
        assertThat(page.names()).extracting(n -> n.name() + "/" + n.type() + "/" + n.cues())
                .containsExactly("Mehmet Demir/person/[told reporters]");
        assertThat(page.yaml()).isEqualTo("people:\n  - name: \"Mehmet Demir\"\n    aliases: []\n");
        assertThat(AnalysisPages.yaml(List.of(new Pages.NameView("Say \"No\"", "organization", List.of(), 1, List.of()))))
                .contains("name: \"Say \\\"No\\\"\"");
    }

    @Test
    void theSnippetIsADictionaryTheReaderAccepts() throws Exception {
        String yaml = AnalysisPages.yaml(List.of(new Pages.NameView("Mehmet Demir", "person", List.of(), 2, List.of()),
                new Pages.NameView("Kafranbel", "place", List.of(), 1, List.of()),
                new Pages.NameView("White Helmets", "organization", List.of(), 1, List.of())));
        java.nio.file.Path file = java.nio.file.Files.createTempFile("entities", ".yaml");
        java.nio.file.Files.writeString(file, yaml);
        List<io.sitrep.content.Problem> problems = new java.util.ArrayList<>();
        var dictionary = new io.sitrep.analysis.DictionaryReader().read(file, "entities.yaml", problems);
        assertThat(problems).isEmpty();
        assertThat(dictionary.entities()).extracting(e -> e.name()).contains("Mehmet Demir", "Kafranbel", "White Helmets");
        java.nio.file.Files.delete(file);
    }
}
