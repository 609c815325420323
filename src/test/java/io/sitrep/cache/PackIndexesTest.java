package io.sitrep.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackIndexesTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** One build: opens the store with what the process kept, adds blobs, keeps {@code live}. */
    private PackStore build(PackIndexes kept, Set<String> live, String... put) throws Exception {
        PackStore store = new PackStore(dir, "f1", true, kept);
        for (String name : put) {
            store.put(name, bytes(name + "!"));
        }
        store.finish(live);
        store.close();
        return store;
    }

    @Test
    void aPackWrittenOrReadByOneBuildIsNotReadAgainByTheNext() throws Exception {
        PackIndexes kept = PackIndexes.kept();
        build(kept, Set.of("a", "b"), "a", "b");
        assertThat(kept.size()).as("the pack the build wrote").isEqualTo(1);
        Path pack = dir.resolve("pack-1.pack");
        byte[] whole = Files.readAllBytes(pack);
        // the index as kept is used: the pack's own index, spoilt without changing size or time, is not read
        java.nio.file.attribute.FileTime time = Files.getLastModifiedTime(pack);
        byte[] spoilt = whole.clone();
        spoilt[spoilt.length - 1] ^= 1; // the footer's magic
        Files.write(pack, spoilt);
        Files.setLastModifiedTime(pack, time);

        PackStore next = new PackStore(dir, "f1", true, kept);

        assertThat(next.read("a")).isEqualTo(bytes("a!"));
        assertThat(next.read("b")).isEqualTo(bytes("b!"));
        next.close();
        assertThat(new PackStore(dir, "f1", true).size()).as("a store of its own reads the file: not whole")
                .isZero();
    }

    @Test
    void aPackReplacedUnderTheSameNameIsReadAgain() throws Exception {
        PackIndexes kept = PackIndexes.kept();
        build(kept, Set.of("a"), "a");
        Path other = dir.resolveSibling(dir.getFileName() + "-other");
        Files.createDirectories(other);
        PackStore elsewhere = new PackStore(other, "f1", true);
        elsewhere.put("z", bytes("zulu"));
        elsewhere.finish(Set.of("z"));
        elsewhere.close();
        Files.move(other.resolve("pack-1.pack"), dir.resolve("pack-1.pack"), StandardCopyOption.REPLACE_EXISTING);

        PackStore next = new PackStore(dir, "f1", true, kept);

        assertThat(next.read("z")).isEqualTo(bytes("zulu"));
        assertThat(next.read("a")).isNull();
        next.close();
    }

    @Test
    void deletedPacksAreForgottenAndOtherFormatsDoNotShareIndexes() throws Exception {
        PackIndexes kept = PackIndexes.kept();
        build(kept, Set.of("a"), "a");
        build(kept, Set.of("b"), "b"); // "a" is no longer used: its pack is deleted
        assertThat(kept.size()).isEqualTo(1);

        PackStore otherFormat = new PackStore(dir, "f2", true, kept);
        assertThat(otherFormat.read("b")).isNull();
        otherFormat.close();
        PackStore same = new PackStore(dir, "f1", true, kept);
        assertThat(same.read("b")).isEqualTo(bytes("b!"));
        assertThat(same.read("a")).isNull();
        same.close();
    }

    @Test
    void keepsNothingUnlessAsked() throws Exception {
        build(PackIndexes.NONE, Set.of("a"), "a");
        assertThat(PackIndexes.NONE.size()).isZero();
    }
}
