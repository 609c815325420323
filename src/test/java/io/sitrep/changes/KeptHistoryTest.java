package io.sitrep.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptHistoryTest {

    @TempDir
    Path state;

    private static History history(int number) {
        return new History(History.FORMAT, number, new Snapshot(new java.util.TreeMap<>(), new java.util.TreeMap<>()), List.of());
    }

    @Test
    void whatThisProcessWroteIsReadFromMemory() throws Exception {
        KeptHistory kept = new KeptHistory();
        History written = history(3);

        kept.write(state, written);

        assertThat(kept.read(state)).isSameAs(written);
        assertThat(History.read(state)).isEqualTo(written);
    }

    @Test
    void aFileSomethingElseChangedIsReadAgain() throws Exception {
        KeptHistory kept = new KeptHistory();
        kept.write(state, history(3));

        history(12).write(state); // another process, or a restored backup

        assertThat(kept.read(state).lastNumber()).isEqualTo(12);
        assertThat(kept.read(state)).isSameAs(kept.read(state)).as("then kept");
    }

    @Test
    void noFileIsNoHistory() {
        assertThat(new KeptHistory().read(state)).isNull();
    }
}
