package io.sitrep.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class EntityStatsBuilderTest {

    @Test
    void countsByArticleComeOutAsTheSortedMapATreeWouldMake() {
        Random random = new Random(7);
        List<String> slugs = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            // long shared beginnings and digits, as generated corpora have; upper case sorts first
            slugs.add((random.nextBoolean() ? "turkey-sends-troops-" : "Idlib-") + random.nextInt(100_000));
        }
        EntityStatsBuilder.SlugOrder order = new EntityStatsBuilder.SlugOrder(slugs);
        for (int round = 0; round < 20; round++) {
            Map<String, Integer> counts = new HashMap<>();
            for (int i = random.nextInt(500); i > 0; i--) {
                counts.put(slugs.get(random.nextInt(slugs.size())), 1 + random.nextInt(Integer.MAX_VALUE - 1));
            }

            SortedMap<String, Integer> sorted = order.sorted(counts);

            assertThat(sorted).isEqualTo(new TreeMap<>(counts));
            assertThat(List.copyOf(sorted.keySet())).isEqualTo(List.copyOf(new TreeMap<>(counts).keySet()));
            assertThat(sorted.comparator()).isNull();
        }
    }

    private static final List<io.sitrep.analysis.Entity> ENTITIES = java.util.stream.IntStream.range(0, 8)
            .mapToObj(i -> new io.sitrep.analysis.Entity("e" + i, "Entity " + (char) ('A' + i % 5),
                    io.sitrep.analysis.EntityType.COUNTRY, List.of(), List.of(), null, null, null))
            .toList();

    /** An article naming a few of the entities (and one not in the dictionary) in a few sentences, with quotes. */
    private static AnalyzedArticle article(Random random, String slug) {
        AnalyzedArticle plain = io.sitrep.Fixtures.analyzed(slug, "2020-02-0" + (1 + random.nextInt(9)), "AFP");
        List<io.sitrep.analysis.Mention> mentions = new ArrayList<>();
        for (int i = random.nextInt(12); i > 0; i--) {
            String id = random.nextInt(10) == 0 ? "not-in-dictionary" : "e" + random.nextInt(ENTITIES.size());
            mentions.add(new io.sitrep.analysis.Mention(id, 0, 1, id, random.nextInt(4)));
        }
        List<io.sitrep.analysis.Quote> quotes = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            quotes.add(new io.sitrep.analysis.Quote("e" + random.nextInt(ENTITIES.size()), "x", "said", false, 0, 0, 1));
        }
        io.sitrep.analysis.ArticleAnalysis a = plain.analysis();
        return new AnalyzedArticle(plain.article(), new io.sitrep.analysis.ArticleAnalysis(a.article(), a.sentences(),
                mentions, a.figures(), a.dates(), quotes, a.unconfirmed()));
    }

    @Test
    void countsKeptBetweenBuildsAndUpdatedByTheChangedArticlesEqualACountOfEveryArticle() {
        Random random = new Random(3);
        io.sitrep.analysis.Dictionary dictionary = new io.sitrep.analysis.Dictionary(ENTITIES, "d");
        List<AnalyzedArticle> articles = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            articles.add(article(random, "article-" + i));
        }
        EntityMemory memory = EntityMemory.kept();
        for (int build = 0; build < 60; build++) {
            List<EntityStats> kept = new EntityStatsBuilder().build(dictionary, articles, memory);

            assertThat(kept).as("build " + build).isEqualTo(new EntityStatsBuilder().build(dictionary, articles));

            // the next build: articles added, removed, changed (a new instance under the same slug), or none
            switch (random.nextInt(4)) {
                case 0 -> articles.add(article(random, "article-" + (100 + build)));
                case 1 -> articles.remove(random.nextInt(articles.size()));
                case 2 -> {
                    int i = random.nextInt(articles.size());
                    articles.set(i, article(random, articles.get(i).slug()));
                }
                default -> { }
            }
        }
        assertThat(articles.size()).isPositive();
        // every article changed (new rules, say): counted afresh, and counted by difference again after that
        articles.replaceAll(a -> article(random, a.slug()));
        assertThat(new EntityStatsBuilder().build(dictionary, articles, memory))
                .isEqualTo(new EntityStatsBuilder().build(dictionary, articles));
        articles.set(0, article(random, articles.get(0).slug()));
        assertThat(new EntityStatsBuilder().build(dictionary, articles, memory))
                .isEqualTo(new EntityStatsBuilder().build(dictionary, articles));
    }

    @Test
    void anotherDictionaryIsCountedAfresh() {
        Random random = new Random(5);
        List<AnalyzedArticle> articles = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            articles.add(article(random, "article-" + i));
        }
        EntityMemory memory = EntityMemory.kept();
        new EntityStatsBuilder().build(new io.sitrep.analysis.Dictionary(ENTITIES, "d"), articles, memory);
        io.sitrep.analysis.Dictionary fewer = new io.sitrep.analysis.Dictionary(ENTITIES.subList(0, 3), "d2");

        assertThat(new EntityStatsBuilder().build(fewer, articles, memory))
                .isEqualTo(new EntityStatsBuilder().build(fewer, articles))
                .allSatisfy(stats -> assertThat(stats.entity().id()).isIn("e0", "e1", "e2"));
    }

    @Test
    void theSortedMapIsAnOrdinaryTreeAfterwards() {
        EntityStatsBuilder.SlugOrder order = new EntityStatsBuilder.SlugOrder(List.of("b", "a", "c"));

        SortedMap<String, Integer> sorted = order.sorted(Map.of("c", 3, "a", 1));

        assertThat(sorted.firstKey()).isEqualTo("a");
        assertThat(sorted.lastKey()).isEqualTo("c");
        assertThat(sorted.get("c")).isEqualTo(3);
        assertThat(sorted.headMap("c")).containsOnlyKeys("a");
        assertThat(order.sorted(Map.of())).isEmpty();
    }
}
