package io.sitrep.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptFileTest {

    @TempDir
    Path dir;

    private final List<Path> reads = new ArrayList<>();

    private String read(Path file) {
        reads.add(file);
        try {
            return Files.isRegularFile(file) ? Files.readString(file) : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static void write(String value, Path file) throws java.io.IOException {
        Files.writeString(file, value);
    }

    @Test
    void whatThisProcessWroteIsNotReadAgain() throws Exception {
        KeptFile<String> kept = new KeptFile<>();
        Path file = dir.resolve("history.json");
        String written = new String("build 3");

        kept.write(file, written, KeptFileTest::write);

        assertThat(kept.read(file, this::read)).isSameAs(written);
        assertThat(reads).isEmpty();
        assertThat(Files.readString(file)).isEqualTo("build 3");
    }

    @Test
    void aFileSomethingElseChangedIsReadAgainThenKept() throws Exception {
        KeptFile<String> kept = new KeptFile<>();
        Path file = dir.resolve("history.json");
        kept.write(file, "build 3", KeptFileTest::write);

        Files.writeString(file, "build 12, from elsewhere");

        assertThat(kept.read(file, this::read)).isEqualTo("build 12, from elsewhere");
        assertThat(kept.read(file, this::read)).isEqualTo("build 12, from elsewhere");
        assertThat(reads).hasSize(1);
    }

    @Test
    void anotherFileIsNotTakenForTheKeptOne() throws Exception {
        KeptFile<String> kept = new KeptFile<>();
        kept.write(dir.resolve("a.json"), "a", KeptFileTest::write);
        Files.writeString(dir.resolve("b.json"), "b");

        assertThat(kept.read(dir.resolve("b.json"), this::read)).isEqualTo("b");
    }

    @Test
    void noFileIsReadAsTheReaderSays() {
        assertThat(new KeptFile<String>().read(dir.resolve("none.json"), this::read)).isNull();
    }
}
