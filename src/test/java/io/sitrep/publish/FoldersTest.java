package io.sitrep.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FoldersTest {

    @TempDir
    Path dir;

    @Test
    void emptyingKeepsTheFolderAndDeletesLinksWithoutFollowingThem() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "not ours");
        Path staging = Files.createDirectories(dir.resolve("staging/a/b"));
        Files.writeString(staging.resolve("page.html"), "x");
        Files.createSymbolicLink(dir.resolve("staging/a/link"), outside);

        Folders.empty(dir.resolve("staging"));

        assertThat(dir.resolve("staging")).isEmptyDirectory();
        assertThat(Files.readString(outside.resolve("keep.txt"))).isEqualTo("not ours");
    }

    @Test
    void deletingWhatIsNotThereDoesNothing() throws Exception {
        Folders.deleteTree(dir.resolve("missing"));
        Folders.empty(dir.resolve("missing"));
        Path file = Files.writeString(dir.resolve("file"), "x");
        Folders.deleteTree(file);
        assertThat(dir).isEmptyDirectory();
    }
}
