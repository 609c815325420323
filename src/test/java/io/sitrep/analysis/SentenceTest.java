package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SentenceTest {

    private static final String ARTICLE = "Turkey sent troops. Erdoğan said “we will not step back”. Talks failed.";

    @Test
    void aViewGivesTheSentenceOfTheArticleText() {
        Sentence s = Sentence.of(1, 20, 57, ARTICLE);

        assertThat(s.text()).isEqualTo("Erdoğan said “we will not step back”.");
        assertThat(s.anchorId()).isEqualTo("s2");
    }

    @Test
    void aViewEqualsTheSentenceBuiltWithItsOwnText() {
        Sentence view = Sentence.of(1, 20, 57, ARTICLE);
        Sentence copy = new Sentence(1, 20, 57, ARTICLE.substring(20, 57));

        assertThat(view).isEqualTo(copy).hasSameHashCodeAs(copy).hasToString(copy.toString());
        assertThat(view).isNotEqualTo(Sentence.of(2, 58, 71, ARTICLE));
    }

    @Test
    void theFirstAndLastSentencesAndAWholeTextSentence() {
        assertThat(Sentence.of(0, 0, 19, ARTICLE).text()).isEqualTo("Turkey sent troops.");
        assertThat(Sentence.of(2, 58, ARTICLE.length(), ARTICLE).text()).isEqualTo("Talks failed.");
        assertThat(Sentence.of(0, 0, ARTICLE.length(), ARTICLE).text()).isEqualTo(ARTICLE);
    }

    @Test
    void aSentenceWithItsOwnTextKeepsIt() {
        assertThat(new Sentence(0, 100, 113, "Talks failed.").text()).isEqualTo("Talks failed.");
    }

    /** The article cache writes sentences as JSON through their accessors: a view writes its sentence only. */
    @Test
    void aViewWritesAndReadsBackAsItsSentence() {
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        Sentence view = Sentence.of(1, 20, 57, ARTICLE);

        String written = json.writeValueAsString(view);

        assertThat(written).isEqualTo("{\"index\":1,\"start\":20,\"end\":57,\"text\":\"Erdoğan said “we will not step back”.\"}");
        assertThat(json.readValue(written, Sentence.class)).isEqualTo(view);
    }

    @Test
    void aViewMustLieInsideTheText() {
        assertThatThrownBy(() -> Sentence.of(0, 60, 80, ARTICLE)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Sentence.of(0, 10, 5, ARTICLE)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
