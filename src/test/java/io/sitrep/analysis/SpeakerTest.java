package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerTest {

    @Test
    void anEntitySpeaksUnderItsIdAndCanonicalName() {
        Entity e = new Entity("hulusi-akar", "Hulusi Akar", EntityType.PERSON, List.of(), List.of(), "Turkey", null, null);

        assertThat(Speaker.of(e)).isEqualTo(new Speaker("hulusi-akar", "Hulusi Akar", EntityType.PERSON));
        assertThat(Speaker.of(e).isPerson()).isTrue();
        assertThat(new Speaker(null, "the army", EntityType.ORGANIZATION).isPerson()).isFalse();
    }
}
