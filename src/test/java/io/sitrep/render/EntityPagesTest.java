package io.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.render.view.Pages;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityPagesTest {

    @TempDir
    Path dir;

    @Test
    void entityPageHasMentionsOverTimeArticlesRelatedAndFigures() {
        EntityPages pages = new EntityPages(new SiteIndex(Fixture.briefing(dir)));
        Pages.EntityPage turkey = pages.page(Fixture.TURKEY, List.of());
        assertThat(turkey.mentions()).isEqualTo(2);
        assertThat(turkey.perDay()).extracting(d -> d.day().iso() + "=" + d.count())
                .containsExactly("2020-02-05=1", "2020-02-10=1");
        assertThat(turkey.articles()).extracting(a -> a.slug()).containsExactly("2020-02-10-beta", "2020-02-05-alpha");
        assertThat(turkey.related()).extracting(r -> r.name()).containsExactly("Idlib");
        assertThat(turkey.figures()).extracting(c -> c.value()).containsExactly("8", "10");
        Pages.EntityPage erdogan = pages.page(Fixture.ERDOGAN, List.of());
        assertThat(erdogan.quotes()).extracting(q -> q.text()).containsExactly("We will respond,");
    }

    @Test
    void everyDictionaryEntityGetsAPageBuiltOnDemandAndCountriesLiveUnderPlaces() {
        EntityPages pages = new EntityPages(new SiteIndex(Fixture.briefing(dir)));
        List<PageSpec> indexes = pages.folderIndexes();
        assertThat(indexes).extracting(s -> s.frame().path())
                .containsExactly("people/index.html", "places/index.html", "organizations/index.html");
        Pages.EntityIndexPage places = (Pages.EntityIndexPage) indexes.get(1).model();
        assertThat(places.groups()).extracting(g -> g.name()).containsExactly("Countries", "Places");
        List<String> paths = IntStream.range(0, pages.count()).mapToObj(pages::path).toList();
        assertThat(paths).contains("places/turkey.html", "places/idlib.html", "people/recep-tayyip-erdogan.html",
                "organizations/united-nations.html");
        int turkey = paths.indexOf("places/turkey.html");
        PageSpec spec = pages.page(turkey, ChartSet.none());
        assertThat(spec.frame().path()).isEqualTo("places/turkey.html");
        assertThat(spec.template()).isEqualTo("entity.ftlh");
        assertThat(((Pages.EntityPage) spec.model()).mentions()).isEqualTo(2);
    }

    @Test
    void nineDigitsPadsAsFormatDoes() {
        for (int n : new int[] {0, 7, 42, 123_456_789, 1_234_567_890, -5, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            assertThat(EntityPages.nineDigits(n)).as("%d", n).isEqualTo(String.format("%09d", n));
        }
    }

    @Test
    void largestPicksWhatSortingAndTakingTheLastWould() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 200; round++) {
            java.util.Set<String> distinct = new java.util.HashSet<>();
            int size = random.nextInt(40);
            while (distinct.size() < size) {
                distinct.add("2020-02-" + random.nextInt(30) + "|" + (char) ('a' + random.nextInt(5)) + random.nextInt(100));
            }
            int n = random.nextInt(12);
            List<String> sorted = new java.util.ArrayList<>(distinct);
            sorted.sort(null);
            assertThat(EntityPages.largest(distinct, n)).as("%s, n=%d", distinct, n)
                    .containsExactlyElementsOf(Caps.last(sorted, n));
        }
    }

    @Test
    void ascendingKeysDropRepeatsAndSortWhatCameOutOfOrder() {
        EntityPages.AscendingKeys inOrder = new EntityPages.AscendingKeys();
        for (long k : new long[] {1, 1, 2, 5, 5, 5, 9}) {
            inOrder.add(k);
        }
        assertThat(inOrder.toArray()).containsExactly(1, 2, 5, 9);
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 100; round++) {
            EntityPages.AscendingKeys keys = new EntityPages.AscendingKeys();
            java.util.TreeSet<Long> expected = new java.util.TreeSet<>();
            for (int i = random.nextInt(60); i > 0; i--) {
                long k = random.nextInt(30);
                keys.add(k);
                expected.add(k);
            }
            assertThat(keys.toArray()).containsExactly(expected.stream().mapToLong(Long::longValue).toArray());
        }
    }
}
