package io.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageKeysTest {

    record Item(String title, int count, List<String> tags) {
    }

    @Test
    void theSameTemplateAndModelGiveTheSameKeyOf128Bits() {
        String a = PageKeys.of("tpl-1", new Item("Idlib", 3, List.of("syria")));
        assertThat(PageKeys.of("tpl-1", new Item("Idlib", 3, List.of("syria")))).isEqualTo(a);
        assertThat(a).matches("m5:[0-9a-f]{32}");
    }

    @Test
    void anyChangeOfTheModelOrTheTemplateChangesTheKey() {
        String a = PageKeys.of("tpl-1", new Item("Idlib", 3, List.of("syria")));
        assertThat(PageKeys.of("tpl-2", new Item("Idlib", 3, List.of("syria")))).isNotEqualTo(a);
        assertThat(PageKeys.of("tpl-1", new Item("Idlib", 4, List.of("syria")))).isNotEqualTo(a);
        assertThat(PageKeys.of("tpl-1", new Item("Idlib", 3, List.of("syria", "")))).isNotEqualTo(a);
        assertThat(PageKeys.of("tpl-1", new Item("Idlıb", 3, List.of("syria")))).as("one letter").isNotEqualTo(a);
    }

    @Test
    void theTemplateFingerprintAndTheModelDoNotRunIntoEachOther() {
        assertThat(PageKeys.of("ab", "c")).isNotEqualTo(PageKeys.of("a", "bc"));
    }

    @Test
    void mapsAreKeyedWhateverTheirOrder() {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("b", 2);
        one.put("a", 1);
        assertThat(PageKeys.of("t", one)).isEqualTo(PageKeys.of("t", Map.of("a", 1, "b", 2)));
    }

    @Test
    void tenThousandPagesThatDifferByOneFieldHaveTenThousandKeys() {
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            keys.add(PageKeys.of("article.ftlh", new Item("Article", i, List.of())));
        }
        assertThat(keys).hasSize(10_000);
    }

    @Test
    void aBufferUsedForPageAfterPageGivesEveryPageTheKeyOfItsOwn() {
        ModelBytes scratch = new ModelBytes();
        Item small = new Item("Idlib", 3, List.of("syria"));
        Item large = new Item("x".repeat(3_000_000), 1, List.of("a".repeat(20_000), "b")); // past what is kept

        String first = PageKeys.of(scratch, "t", small);
        String big = PageKeys.of(scratch, "t", large);
        String again = PageKeys.of(scratch, "t", small);

        assertThat(first).isEqualTo(PageKeys.of("t", small)).isEqualTo(again);
        assertThat(big).isEqualTo(PageKeys.of("t", large)).isNotEqualTo(first);
        assertThat(PageKeys.of(scratch, "t", new Item("Idlib", 3, List.of()))).isEqualTo(
                PageKeys.of("t", new Item("Idlib", 3, List.of()))).as("nothing of a longer model before is left")
                .isNotEqualTo(first);
    }

    @Test
    void shortTextsHaveASha256() {
        assertThat(PageKeys.of("abc")).isNotEqualTo(PageKeys.of("ab", "c")).hasSize(64);
    }
}
