package io.sitrep.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileKeysTest {

    @TempDir
    Path dir;

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private final FileKeys keys = new FileKeys(Clock.fixed(NOW, ZoneOffset.UTC));

    private Path file(String name, String text, Instant modified) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        Files.setLastModifiedTime(f, FileTime.from(modified));
        return f;
    }

    @Test
    void anUnchangedFileIsKeyedWithoutBeingReadAgain() throws Exception {
        Path f = file("a.md", "Turkey sent troops.", NOW.minusSeconds(3600));

        FileKeys.Keyed first = keys.of(f);
        keys.startBuild();
        FileKeys.Keyed second = keys.of(f);

        assertThat(first.bytes()).isEqualTo("Turkey sent troops.".getBytes(StandardCharsets.UTF_8));
        assertThat(first.key()).isEqualTo(ContentKey.of(first.bytes()));
        assertThat(second.bytes()).as("not read").isNull();
        assertThat(second.key()).isEqualTo(first.key());
    }

    @Test
    void aChangedSizeOrTimeIsReadAgain() throws Exception {
        Path f = file("a.md", "Turkey sent troops.", NOW.minusSeconds(3600));
        String before = keys.of(f).key();

        file("a.md", "Turkey sent more troops.", NOW.minusSeconds(3600));
        FileKeys.Keyed longer = keys.of(f);
        file("a.md", "Russia sent more troops.", NOW.minusSeconds(1800));
        FileKeys.Keyed later = keys.of(f);

        assertThat(longer.bytes()).isNotNull();
        assertThat(longer.key()).isNotEqualTo(before);
        assertThat(later.bytes()).isNotNull();
        assertThat(later.key()).isEqualTo(ContentKey.of("Russia sent more troops.".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFileModifiedCloseToItsHashingIsAlwaysReadAgain() throws Exception {
        // modified a second before it was hashed: a same-size edit in that second would keep size and time
        Path f = file("a.md", "Turkey sent troops.", NOW.minusSeconds(1));
        keys.of(f);
        Files.writeString(f, "Turkey lost troops.");
        Files.setLastModifiedTime(f, FileTime.from(NOW.minusSeconds(1)));

        FileKeys.Keyed again = keys.of(f);

        assertThat(again.bytes()).as("read, not trusted").isNotNull();
        assertThat(again.key()).isEqualTo(ContentKey.of("Turkey lost troops.".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void stampsLastFromOneBuildToTheNextOnly() throws Exception {
        Path f = file("a.md", "Turkey sent troops.", NOW.minusSeconds(3600));
        keys.of(f);
        keys.startBuild(); // the file is not asked for in this build
        keys.startBuild();

        assertThat(keys.of(f).bytes()).as("forgotten, read again").isNotNull();
    }
}
