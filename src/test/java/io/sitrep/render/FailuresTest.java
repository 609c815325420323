package io.sitrep.render;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void rethrowsEachKindAsItself() {
        IOException io = new IOException("disk full");
        IllegalStateException state = new IllegalStateException("bug");
        AssertionError error = new AssertionError("broken");
        assertThatThrownBy(() -> Failures.rethrow(io)).isSameAs(io);
        assertThatThrownBy(() -> Failures.rethrow(state)).isSameAs(state);
        assertThatThrownBy(() -> Failures.rethrow(error)).isSameAs(error);
    }

    @Test
    void nothingToRethrowDoesNothing() {
        assertThatCode(() -> Failures.rethrow(null)).doesNotThrowAnyException();
    }
}
