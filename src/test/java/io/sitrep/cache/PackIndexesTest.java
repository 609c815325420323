package io.sitrep.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
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
    private void build(PackIndexes kept, Set<String> live, String... put) throws Exception {
        PackStore store = new PackStore(dir, "f1", true, kept);
        for (String name : put) {
            store.put(name, bytes(name + "!"));
        }
        store.finish(live);
        store.close();
    }

    /** A store in another folder writes one pack with {@code name}; returns the pack file. */
    private Path packElsewhere(String name) throws Exception {
        Path other = Files.createDirectories(dir.resolveSibling(dir.getFileName() + "-other"));
        PackStore elsewhere = new PackStore(other, "f1", true);
        elsewhere.put(name, bytes(name + "!"));
        elsewhere.finish(Set.of(name));
        elsewhere.close();
        return other.resolve("pack-1.pack");
    }

    @Test
    void theNextStoreTakesTheFolderAsTheLastOneLeftItWithoutReadingTheIndexes() throws Exception {
        PackIndexes kept = PackIndexes.kept();
        build(kept, Set.of("a", "b"), "a", "b");
        assertThat(kept.size()).isEqualTo(1);
        // the pack's own index, spoilt without changing its size or time, is not read
        Path pack = dir.resolve("pack-1.pack");
        FileTime time = Files.getLastModifiedTime(pack);
        byte[] spoilt = Files.readAllBytes(pack);
        spoilt[spoilt.length - 1] ^= 1; // the footer's magic
        Files.write(pack, spoilt);
        Files.setLastModifiedTime(pack, time);

        PackStore next = new PackStore(dir, "f1", true, kept);

        assertThat(next.read("a")).isEqualTo(bytes("a!"));
        assertThat(next.read("b")).isEqualTo(bytes("b!"));
        assertThat(kept.size()).as("taken").isZero();
        next.close();
        assertThat(new PackStore(dir, "f1", true).size()).as("a store of its own reads the file: not whole").isZero();
    }

    @Test
    void blobsNoLongerUsedButStillInAPackAreThereAsAReadWouldFindThem() throws Exception {
        PackIndexes kept = PackIndexes.kept();
        build(kept, Set.of("a", "b", "c"), "a", "b", "c");
        build(kept, Set.of("a", "b")); // "c" is not used, but its pack stays: most of it is

        PackStore next = new PackStore(dir, "f1", true, kept);

        assertThat(next.read("c")).isEqualTo(bytes("c!"));
        assertThat(next.size()).isEqualTo(new PackStore(dir, "f1", true).size()).isEqualTo(3);
        next.close();
    }

    @Test
    void aPackReplacedUnderTheSameNameIsReadAgain() throws Exception {
        PackIndexes kept = PackIndexes.kept();
        build(kept, Set.of("a"), "a");
        Files.move(packElsewhere("z"), dir.resolve("pack-1.pack"), StandardCopyOption.REPLACE_EXISTING);

        PackStore next = new PackStore(dir, "f1", true, kept);

        assertThat(next.read("z")).isEqualTo(bytes("z!"));
        assertThat(next.read("a")).isNull();
        next.close();
    }

    @Test
    void aPackAddedByAnotherProcessIsRead() throws Exception {
        PackIndexes kept = PackIndexes.kept();
        build(kept, Set.of("a"), "a");
        Files.move(packElsewhere("z"), dir.resolve("pack-2.pack"));

        PackStore next = new PackStore(dir, "f1", true, kept);

        assertThat(next.read("a")).isEqualTo(bytes("a!"));
        assertThat(next.read("z")).isEqualTo(bytes("z!"));
        next.close();
    }

    @Test
    void aStoreOfAnotherFormatOrThatReadsNothingTakesNothing() throws Exception {
        PackIndexes kept = PackIndexes.kept();
        build(kept, Set.of("b"), "b");

        PackStore otherFormat = new PackStore(dir, "f2", true, kept);
        assertThat(otherFormat.read("b")).isNull();
        otherFormat.close();
        build(kept, Set.of("b"));
        PackStore clean = new PackStore(dir, "f1", false, kept);
        assertThat(clean.read("b")).isNull();
        clean.close();
    }

    @Test
    void keepsNothingUnlessAsked() throws Exception {
        build(PackIndexes.NONE, Set.of("a"), "a");
        assertThat(PackIndexes.NONE.size()).isZero();
    }
}
