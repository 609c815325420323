package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CuesTest {

    @Test
    void wordClassesAreBitsOfOneLookUp() {
        assertThat(Cues.flags("said") & Cues.SPEECH_VERB).isNotZero();
        assertThat(Cues.flags("saying") & Cues.SPEECH_PARTICIPLE).isNotZero();
        assertThat(Cues.flags("february") & Cues.DATE_START).isNotZero();
        assertThat(Cues.flags("last") & Cues.DATE_START).isNotZero();
        assertThat(Cues.flags("referring")).isZero();
    }

    @Test
    void rolesAreNormalized() {
        assertThat(Cues.normalizeRole("spokeswoman")).isEqualTo("spokesperson");
        assertThat(Cues.normalizeRole("spokesman")).isEqualTo("spokesperson");
        assertThat(Cues.normalizeRole("minister")).isEqualTo("minister");
    }

    @Test
    void asidesAndTitlePeriodsAreRecognized() {
        String s = "Gen. Syrskyi, commander of forces, speaking there, which is";
        WordTokens t = WordTokens.of(s, 0, s.length());

        assertThat(Cues.titlePeriod(t, 1)).isTrue();
        assertThat(Cues.opensAside(t, 4)).isTrue();
        assertThat(Cues.opensAside(t, 8)).isTrue();
        assertThat(Cues.opensAside(t, 11)).isTrue();
        assertThat(Cues.opensAside(t, 2)).isFalse();
    }
}
