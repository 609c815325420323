package io.sitrep.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.aggregate.Briefing;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrintModelBuilderTest {

    @TempDir
    Path content;

    @Test
    void buildsEverySectionFromTheBriefing() throws Exception {
        Briefing briefing = BriefingFixtures.threeArticles(content);
        PrintModel m = new PrintModelBuilder().build(briefing, List.of());

        assertThat(m.title()).isEqualTo("Idlib, February 2020");
        assertThat(m.asOf()).isEqualTo("14 February 2020");
        assertThat(m.period()).isEqualTo("5–14 February 2020");
        assertThat(m.articles()).isEqualTo(3);
        assertThat(m.sources()).isEqualTo(3);
        assertThat(m.keyFigures()).extracting(PrintModel.KeyFigure::label, PrintModel.KeyFigure::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Turkey: killed", "14"),
                        org.assertj.core.groups.Tuple.tuple("Civilians: displaced", "more than 800,000"),
                        org.assertj.core.groups.Tuple.tuple("Turkey: troops", "about 5,000"));
        assertThat(m.timeline()).extracting(PrintModel.TimelineEntry::date)
                .containsExactly("31 January 2020 – 14 February 2020", "5 February 2020");
        assertThat(m.timeline().get(1).digestId()).isEqualTo("article-2020-02-05-conflict");
        assertThat(m.actors()).extracting(PrintModel.Actor::name).startsWith("Turkey");
        assertThat(m.digests()).extracting(PrintModel.Digest::title).containsExactly(
                BriefingFixtures.CEASEFIRE_TITLE, BriefingFixtures.DIPLOMACY_TITLE, BriefingFixtures.CONFLICT_TITLE);
        assertThat(m.digests().get(1).summary()).startsWith("Turkey asked Russia");
        assertThat(m.digests().get(2).figures()).containsExactly(
                "more than 800,000 · displaced · people (civilians)", "eight · killed · Turkish personnel (Turkey)");
        assertThat(m.sourceList()).extracting(PrintModel.SourceEntry::source)
                .containsExactly("EA WorldView", "Hürriyet Daily News", "IPA News");
    }

    @Test
    void aBigBriefingDigestsOnlyItsLatestArticles() throws Exception {
        int n = PrintModelBuilder.MAX_DIGESTS + 15;
        io.sitrep.corpus.CorpusGenerator g = new io.sitrep.corpus.CorpusGenerator(
                io.sitrep.corpus.CorpusGenerator.poolOf(Path.of("content/articles")), 5);
        for (int i = 0; i < n; i++) {
            Path file = content.resolve(g.article(i).path());
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.writeString(file, g.article(i).text());
        }
        java.nio.file.Files.copy(Path.of("content/entities.yaml"), content.resolve("entities.yaml"));
        java.nio.file.Files.copy(Path.of("content/briefing.yaml"), content.resolve("briefing.yaml"));
        Briefing briefing = new io.sitrep.SiteBuild().briefing(new io.sitrep.SiteBuild.Options(content,
                Path.of("templates"), content.resolve("site"), null, false, false, false));

        PrintModel m = new PrintModelBuilder().build(briefing, List.of());

        assertThat(m.articles()).isEqualTo(n);
        assertThat(m.digested()).isEqualTo(PrintModelBuilder.MAX_DIGESTS);
        assertThat(m.digests()).hasSize(PrintModelBuilder.MAX_DIGESTS)
                .first().extracting(PrintModel.Digest::title).isEqualTo(briefing.articles().get(0).article().meta().title());
        assertThat(m.sourceList()).hasSize(PrintModelBuilder.MAX_DIGESTS);
        java.util.Set<String> digested = new java.util.HashSet<>();
        m.digests().forEach(d -> digested.add(d.id()));
        assertThat(m.timeline()).hasSizeLessThanOrEqualTo(PrintModelBuilder.MAX_TIMELINE)
                .allMatch(t -> digested.contains(t.digestId()));
    }

    @Test
    void anEmptyBriefingGivesEmptySections() {
        PrintModel m = new PrintModelBuilder().build(BriefingFixtures.empty(), List.of());
        assertThat(m.title()).isEqualTo("Briefing");
        assertThat(m.asOf()).isEmpty();
        assertThat(m.period()).isEmpty();
        assertThat(m.keyFigures()).isEmpty();
        assertThat(m.timeline()).isEmpty();
        assertThat(m.actors()).isEmpty();
        assertThat(m.digests()).isEmpty();
        assertThat(m.sourceList()).isEmpty();
    }

    @Test
    void formatsNumbersPeriodsAndLongSummaries() {
        assertThat(PrintModelBuilder.number(new BigDecimal("3500000"))).isEqualTo("3,500,000");
        assertThat(PrintModelBuilder.number(new BigDecimal("2.50"))).isEqualTo("2.5");
        assertThat(PrintModelBuilder.period(LocalDate.of(2020, 1, 30), LocalDate.of(2020, 2, 2)))
                .isEqualTo("30 January 2020 – 2 February 2020");
        assertThat(PrintModelBuilder.period(null, LocalDate.of(2020, 2, 2))).isEqualTo("2 February 2020");
        String cut = PrintModelBuilder.cut("word ".repeat(400));
        assertThat(cut).endsWith(" …").hasSizeLessThanOrEqualTo(PrintModelBuilder.MAX_SUMMARY_CHARS + 2);
    }
}
