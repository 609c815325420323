package io.sitrep.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplacedFilesTest {

    @TempDir
    Path dir;

    @Test
    void aKeptFileOutlivesTheRenameOverItUntilDeleted() throws Exception {
        Path target = Files.writeString(dir.resolve("data.json"), "old");
        Path parent = dir.resolve("replaced");
        ReplacedFiles replaced = new ReplacedFiles(parent);
        replaced.keep(target);
        Files.move(Files.writeString(dir.resolve("staged"), "new"), target, StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);

        assertThat(replaced.count()).isEqualTo(1);
        assertThat(Files.readString(target)).isEqualTo("new");
        try (var s = Files.walk(parent)) {
            assertThat(s.filter(Files::isRegularFile).map(p -> {
                try {
                    return Files.readString(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList()).as("the old bytes, held by a second link").containsExactly("old");
        }
        replaced.delete();
        assertThat(parent).doesNotExist();
        assertThat(Files.readString(target)).isEqualTo("new");
    }

    @Test
    void nothingToKeepMakesNoFolder() throws Exception {
        Path parent = dir.resolve("replaced");
        ReplacedFiles replaced = new ReplacedFiles(parent);
        replaced.keep(dir.resolve("missing.html"));
        Files.createDirectories(dir.resolve("a-folder"));
        replaced.keep(dir.resolve("a-folder"));
        assertThat(replaced.count()).isZero();
        assertThat(parent).doesNotExist();
        replaced.delete();
        assertThat(dir.resolve("a-folder")).isDirectory();
    }

    @Test
    void aLinkIsNotFollowed() throws Exception {
        Path elsewhere = Files.writeString(dir.resolve("elsewhere.txt"), "not ours");
        Path link = Files.createSymbolicLink(dir.resolve("page.html"), elsewhere);
        ReplacedFiles replaced = new ReplacedFiles(dir.resolve("replaced"));
        replaced.keep(link);
        replaced.delete();
        assertThat(replaced.count()).isZero();
        assertThat(Files.readString(elsewhere)).isEqualTo("not ours");
    }

    @Test
    void anotherBuildsFolderIsLeftToIt() throws Exception {
        Path parent = dir.resolve("replaced");
        ReplacedFiles first = new ReplacedFiles(parent);
        ReplacedFiles second = new ReplacedFiles(parent);
        first.keep(Files.writeString(dir.resolve("a"), "a"));
        second.keep(Files.writeString(dir.resolve("b"), "b"));
        first.delete();
        assertThat(parent).isDirectory();
        second.delete();
        assertThat(parent).doesNotExist();
    }

    @Test
    void leftoversOfAStoppedBuildAreDeleted() throws Exception {
        Path parent = dir.resolve("replaced");
        new ReplacedFiles(parent).keep(Files.writeString(dir.resolve("a"), "a")); // never deleted: a crash
        assertThat(parent).isDirectory();
        ReplacedFiles.deleteLeftovers(parent);
        assertThat(parent).doesNotExist();
        assertThat(Files.readString(dir.resolve("a"))).isEqualTo("a");
        ReplacedFiles.deleteLeftovers(parent); // nothing there: nothing to do
    }
}
