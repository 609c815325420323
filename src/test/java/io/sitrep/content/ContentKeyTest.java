package io.sitrep.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentKeyTest {

    @Test
    void equalBytesGiveEqualKeysAndOneChangedByteAnotherKey() {
        byte[] a = "---\ntitle: A\n---\nText.".getBytes(StandardCharsets.UTF_8);
        byte[] b = a.clone();
        b[b.length - 2] ^= 1;

        assertThat(ContentKey.of(a)).isEqualTo(ContentKey.of(a.clone())).matches("m3:[0-9a-f]{32}");
        assertThat(ContentKey.of(b)).isNotEqualTo(ContentKey.of(a));
        assertThat(ContentKey.of(new byte[0])).isNotEqualTo(ContentKey.of(new byte[1]));
    }
}
