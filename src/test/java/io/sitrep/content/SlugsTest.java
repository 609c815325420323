package io.sitrep.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Erdoğan’s Idlib Move.md|erdogans-idlib-move",
        "2020-02-05-erdogan-steps-back.md|2020-02-05-erdogan-steps-back",
        "Çavuşoğlu in Baku.markdown|cavusoglu-in-baku",
        "Işık  --  Ünal.md|isik-unal",
        "  spaces  .md|spaces",
        "UPPER_case.md|upper-case",
        "Ma'arat al-Nu'man.md|maarat-al-numan",
        "../../etc/passwd.md|etc-passwd",
        "---.md|article",
        "дамаск.md|article"})
    void derivesFromFileNames(String name, String slug) {
        assertThat(Slugs.derive(name)).isEqualTo(slug);
        assertThat(Slugs.isValid(Slugs.derive(name))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "idlib-2020", "a-b-c", "2020"})
    void validSlugs(String slug) {
        assertThat(Slugs.isValid(slug)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "a/b", "..", "../x", "a--b", "-a", "a-", "a_b", "a.b", "é", "a b"})
    void invalidSlugs(String slug) {
        assertThat(Slugs.isValid(slug)).isFalse();
    }

    @Test
    void nullIsNotASlug() {
        assertThat(Slugs.isValid(null)).isFalse();
    }
}
