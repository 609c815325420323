package io.sitrep.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourcePositionTest {

    @Test
    void linesAndColumnsAreOneBased() {
        String text = "ab\ncd\r\nef";
        assertThat(SourcePosition.of(text, 0)).isEqualTo(new SourcePosition(1, 1));
        assertThat(SourcePosition.of(text, 2)).isEqualTo(new SourcePosition(1, 3));
        assertThat(SourcePosition.of(text, 3)).isEqualTo(new SourcePosition(2, 1));
        assertThat(SourcePosition.of(text, 8)).isEqualTo(new SourcePosition(3, 2));
        assertThat(SourcePosition.of(text, 99)).isEqualTo(new SourcePosition(3, 3));
    }
}
