package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.content.PlainText;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> split(String markdown) {
        return splitter.split(Fixtures.plain(markdown)).stream().map(Sentence::text).toList();
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        assertThat(split("Turkey urged Russia on Feb. 6 to act. Mr. Lavrov met Dr. Smith and Donald J. Trump in the U.S. capital. Then they left."))
                .containsExactly("Turkey urged Russia on Feb. 6 to act.",
                        "Mr. Lavrov met Dr. Smith and Donald J. Trump in the U.S. capital.", "Then they left.");
    }

    @Test
    void aDottedAcronymEndsTheSentenceBeforeATypicalOpener() {
        assertThat(split("Sanctions were imposed by the U.S. The move angered Moscow."))
                .containsExactly("Sanctions were imposed by the U.S.", "The move angered Moscow.");
    }

    @Test
    void aQuotationClosedInItsParagraphStaysWhole() {
        assertThat(split("“Who carried out the attack? It is the regime. Who attacked our soldiers? It’s the regime,” he said. Turkey retaliated."))
                .containsExactly("“Who carried out the attack? It is the regime. Who attacked our soldiers? It’s the regime,” he said.",
                        "Turkey retaliated.");
    }

    @Test
    void aSentenceEndingInsideTheClosingMarkEndsThere() {
        assertThat(split("Peskov said it would be “the worst scenario.” Moscow will continue talks."))
                .containsExactly("Peskov said it would be “the worst scenario.”", "Moscow will continue talks.");
    }

    @Test
    void aQuotationThatRunsIntoTheNextParagraphIsSplitLikeText() {
        assertThat(split("“An Idlib operation is only a matter of time. We will not leave Idlib.\n\n“We discussed it,” he said."))
                .containsExactly("“An Idlib operation is only a matter of time.", "We will not leave Idlib.",
                        "“We discussed it,” he said.");
    }

    @Test
    void decimalsEllipsesAndHeadingsAreHandled() {
        assertThat(split("## Holding Back the Displaced\n\nTurkey hosts 3.6 million refugees... Others fled. Is it over? No!"))
                .containsExactly("Holding Back the Displaced", "Turkey hosts 3.6 million refugees...", "Others fled.",
                        "Is it over?", "No!");
    }

    @Test
    void aLowerCaseWordAfterAPeriodDoesNotStartASentence() {
        assertThat(split("The talks ended at 5 p.m. on Tuesday in Sochi.")).containsExactly("The talks ended at 5 p.m. on Tuesday in Sochi.");
    }

    @Test
    void sentencesCarryIndexesAndOffsetsIntoThePlainText() {
        PlainText text = Fixtures.plain("First one. Second *one*.\n\nThird.");
        List<Sentence> sentences = splitter.split(text);

        assertThat(sentences).extracting(Sentence::index).containsExactly(0, 1, 2);
        for (Sentence s : sentences) {
            assertThat(text.text().substring(s.start(), s.end())).isEqualTo(s.text());
        }
        assertThat(sentences.get(2).anchorId()).isEqualTo("s3");
    }

    @Test
    void theSameTextGivesEqualSentences() {
        PlainText text = Fixtures.plain("One. Two. “Three,” he said.");

        assertThat(splitter.split(text)).isEqualTo(new SentenceSplitter().split(text));
    }
}
