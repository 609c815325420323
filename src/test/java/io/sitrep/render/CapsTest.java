package io.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.SiteBuild;
import io.sitrep.corpus.CorpusGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CapsTest {

    @TempDir
    Path dir;

    @Test
    void firstAndLastKeepAtMostTheCap() {
        assertThat(Caps.first(List.of(1, 2, 3), 2)).containsExactly(1, 2);
        assertThat(Caps.last(List.of(1, 2, 3), 2)).containsExactly(2, 3);
        assertThat(Caps.last(List.of(1), 2)).containsExactly(1);
    }

    /** Ties (many here: ten values, some negative) keep their places, as a stable sort would. */
    @Test
    void smallestPicksWhatSortingAndTakingTheFirstWould() {
        java.util.Random random = new java.util.Random(9);
        for (int round = 0; round < 500; round++) {
            int size = random.nextInt(60);
            long[] keys = new long[size];
            for (int i = 0; i < size; i++) {
                keys[i] = random.nextInt(10) - 3 + (round % 2 == 0 ? 0 : (long) random.nextInt(3) << 32);
            }
            int max = random.nextInt(15) - 1;
            List<Integer> expected = max < 0 ? List.of() : java.util.stream.IntStream.range(0, size).boxed()
                    .sorted(java.util.Comparator.comparingLong(i -> keys[i])).limit(max).sorted().toList();
            boolean[] chosen = Caps.smallest(keys, max);
            List<Integer> got = java.util.stream.IntStream.range(0, size).filter(i -> chosen[i]).boxed().toList();
            assertThat(got).as("round %d, max %d", round, max).containsExactlyElementsOf(expected);
        }
    }

    /** A briefing past the caps: long lists are cut, say so, point to the data, and every link still resolves. */
    @Test
    void aBigBriefingCapsItsLongListsAndKeepsEveryLink() throws Exception {
        Path content = dir.resolve("content");
        CorpusGenerator g = new CorpusGenerator(CorpusGenerator.poolOf(Path.of("content/articles")), 2);
        for (int i = 0; i < 160; i++) {
            CorpusGenerator.GeneratedArticle a = g.article(i);
            Files.createDirectories(content.resolve(a.path()).getParent());
            Files.writeString(content.resolve(a.path()), a.text());
        }
        Files.copy(Path.of("content/entities.yaml"), content.resolve("entities.yaml"));
        Path site = dir.resolve("site");
        new SiteBuild().run(new SiteBuild.Options(content, Path.of("templates"), site, null, false, false, false));

        Document turkey = Jsoup.parse(site.resolve("places/turkey.html").toFile(), "UTF-8");
        assertThat(turkey.select(".article-list > li")).hasSize(Caps.ENTITY_ARTICLES);
        assertThat(turkey.select("p.more").text()).contains("The latest " + Caps.ENTITY_ARTICLES + " of ");
        Document timeline = Jsoup.parse(site.resolve("timeline.html").toFile(), "UTF-8");
        assertThat(timeline.select("ol.timeline")).allMatch(ol -> ol.children().size() <= Caps.EVENTS_PER_GROUP);
        assertThat(timeline.select("p.more a").attr("href")).isEqualTo("data/timeline.json");
        Document figures = Jsoup.parse(site.resolve("figures.html").toFile(), "UTF-8");
        assertThat(figures.select("table.claims tbody")).allMatch(t -> t.children().size() <= Caps.CLAIMS);
        assertThat(new LinkChecker(site).check()).isEmpty();
    }
}
