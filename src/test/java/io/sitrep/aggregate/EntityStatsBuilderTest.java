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
