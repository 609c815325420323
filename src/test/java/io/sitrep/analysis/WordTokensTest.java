package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordTokensTest {

    private static List<String> words(WordTokens t) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.kind(i).name().charAt(0) + ":" + t.word(i));
        }
        return out;
    }

    @Test
    void splitsWordsNumbersAndMarks() {
        String s = "Turkey’s al-Assad said “6,000 troops”, 3.6 and 6th.";
        WordTokens t = WordTokens.of(s, 0, s.length());

        assertThat(words(t)).containsExactly("W:Turkey’s", "W:al-Assad", "W:said", "M:“", "N:6,000", "W:troops",
                "M:”", "M:,", "N:3.6", "W:and", "N:6th", "M:.");
    }

    @Test
    void durationsStayApartFromTheirNumber() {
        String s = "the 107-month conflict and S-400 systems";
        WordTokens t = WordTokens.of(s, 0, s.length());

        assertThat(words(t)).containsExactly("W:the", "N:107", "M:-", "W:month", "W:conflict", "W:and", "W:S-400",
                "W:systems");
    }

    @Test
    void lowerDropsThePossessiveAndCapitalizedAndPossessiveAreTold() {
        String s = "Erdoğan’s allies, the soldiers";
        WordTokens t = WordTokens.of(s, 0, s.length());

        assertThat(t.lower(0)).isEqualTo("erdoğan");
        assertThat(t.possessive(0)).isTrue();
        assertThat(t.capitalized(0)).isTrue();
        assertThat(t.capitalized(1)).isFalse();
        assertThat(t.startsLower(1)).isTrue();
        assertThat(t.is(3, "THE")).isTrue();
        assertThat(t.isMark(2, ',')).isTrue();
    }

    @Test
    void indexAtFindsTheTokenThatHoldsAnOffset() {
        String s = "On Wednesday, Akar said";
        WordTokens t = WordTokens.of(s, 0, s.length());

        assertThat(t.indexAt(0)).isZero();
        assertThat(t.indexAt(s.indexOf("Akar") + 2)).isEqualTo(3);
        assertThat(t.indexAt(s.length())).isEqualTo(t.size());
    }

    @Test
    void offsetsAreIntoTheWholeText() {
        String s = "xx Saraqib yy";
        WordTokens t = WordTokens.of(s, 3, 10);

        assertThat(t.size()).isEqualTo(1);
        assertThat(t.start(0)).isEqualTo(3);
        assertThat(t.end(0)).isEqualTo(10);
        assertThat(t.hyphenated(0)).isFalse();
    }

    @Test
    void wordClassesComeFromTheSharedLists() {
        String s = "Peskov said, adding February";
        WordTokens t = WordTokens.of(s, 0, s.length());

        assertThat(t.flags(1) & Cues.SPEECH_VERB).isNotZero();
        assertThat(t.flags(3) & Cues.SPEECH_PARTICIPLE).isNotZero();
        assertThat(t.flags(4) & Cues.DATE_START).isNotZero();
        assertThat(t.flags(0)).isZero();
    }

    /** flags, lower and lowerStartsWith take shortcuts for ASCII words: they must agree with the plain definitions. */
    @Test
    void shortcutsAgreeWithTheLowerCaseForm() {
        String s = "SAID Said’s said's Wednesday’s MID-February mid-2019 Mid mİd-x İstanbul Erdoğan’s "
                + "December DECEMBER Dec. yesterday’s Ağustos O’Brien xs’s s’s told 3,000 Last LATE";
        WordTokens t = WordTokens.of(s, 0, s.length());

        for (int i = 0; i < t.size(); i++) {
            if (t.isWord(i)) {
                String lower = WordTokens.stripPossessive(t.word(i)).toLowerCase(java.util.Locale.ROOT);
                assertThat(t.lower(i)).as(t.word(i)).isEqualTo(lower);
                assertThat(t.flags(i)).as(t.word(i)).isEqualTo(Cues.flags(lower));
                assertThat(t.lowerStartsWith(i, "mid-")).as(t.word(i)).isEqualTo(lower.startsWith("mid-"));
            }
        }
        assertThat(t.flags(0) & Cues.SPEECH_VERB).isNotZero();
        assertThat(t.flags(3) & Cues.DATE_START).isNotZero();
        assertThat(t.lowerStartsWith(4, "mid-")).isTrue();
    }
}
