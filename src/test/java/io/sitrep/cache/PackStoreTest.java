package io.sitrep.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackStoreTest {

    @TempDir
    Path dir;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private List<String> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private PackStore open() {
        return new PackStore(dir, "f1", true);
    }

    @Test
    void blobsPutInOneBuildAreReadByTheNextFromOnePack() throws Exception {
        PackStore first = open();
        first.put("a", bytes("alpha"));
        first.put("b", bytes("beta"));
        assertThat(first.read("a")).as("readable while the build runs").isEqualTo(bytes("alpha"));
        first.finish(Set.of("a", "b"));
        first.close();

        PackStore next = open();
        assertThat(next.read("a")).isEqualTo(bytes("alpha"));
        assertThat(next.read("b")).isEqualTo(bytes("beta"));
        assertThat(next.read("c")).isNull();
        assertThat(files()).containsExactly("pack-1.pack");
        next.close();
    }

    @Test
    void aBuildThatAddsNothingWritesNothing() throws Exception {
        PackStore first = open();
        first.put("a", bytes("alpha"));
        first.finish(Set.of("a"));
        first.close();
        long before = Files.getLastModifiedTime(dir.resolve("pack-1.pack")).toMillis();

        PackStore next = open();
        next.finish(Set.of("a"));
        next.close();

        assertThat(files()).containsExactly("pack-1.pack");
        assertThat(Files.getLastModifiedTime(dir.resolve("pack-1.pack")).toMillis()).isEqualTo(before);
    }

    @Test
    void packsThatAreMostlyUnusedAreCompactedAndUnusedOnesDeleted() throws Exception {
        PackStore first = open();
        for (String n : List.of("a", "b", "c", "d")) {
            first.put(n, bytes(n.repeat(100)));
        }
        first.finish(Set.of("a", "b", "c", "d"));
        first.close();

        PackStore second = open();
        second.put("e", bytes("e".repeat(100)));
        second.finish(Set.of("a", "e")); // a quarter of pack 1 is used: its blob moves into pack 2
        second.close();
        assertThat(files()).containsExactly("pack-2.pack");

        PackStore third = open();
        assertThat(third.read("a")).isEqualTo(bytes("a".repeat(100)));
        assertThat(third.read("e")).isEqualTo(bytes("e".repeat(100)));
        assertThat(third.read("b")).isNull();
        third.finish(Set.of());
        third.close();
        assertThat(files()).as("nothing used, nothing kept").isEmpty();
    }

    @Test
    void aPackCutShortOrDamagedIsNotTrusted() throws Exception {
        PackStore first = open();
        first.put("a", bytes("alpha"));
        first.put("b", bytes("beta"));
        first.finish(Set.of("a", "b"));
        first.close();
        Path pack = dir.resolve("pack-1.pack");
        byte[] whole = Files.readAllBytes(pack);

        Files.write(pack, Arrays.copyOf(whole, whole.length - 3)); // a crash before the footer was whole
        assertThat(open().read("a")).isNull();

        byte[] damaged = whole.clone();
        int at = new String(whole, StandardCharsets.ISO_8859_1).indexOf("alpha");
        damaged[at] ^= 1;
        Files.write(pack, damaged);
        PackStore reading = open();
        assertThat(reading.read("a")).as("checksum").isNull();
        assertThat(reading.read("b")).isEqualTo(bytes("beta"));
        reading.close();

        assertThat(new PackStore(dir, "f2", true).read("b")).as("another format").isNull();
    }

    @Test
    void aBuildThatFailsKeepsWhatItWroteAndLeftoversGoOnTheNextFinish() throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("0123.entry"), "a file of an older layout");
        Files.writeString(dir.resolve("pack-7.pack.tmp"), "a pack a crash left unfinished");
        PackStore failed = open();
        failed.put("a", bytes("alpha"));
        failed.flush(); // not committed: kept, nothing deleted
        failed.close();
        assertThat(files()).contains("0123.entry", "pack-1.pack");

        PackStore next = open();
        assertThat(next.read("a")).isEqualTo(bytes("alpha"));
        next.finish(Set.of("a"));
        next.close();
        assertThat(files()).containsExactly("pack-1.pack");
    }

    @Test
    void aCleanStoreReadsNothingAndReplacesEverythingOnFinish() throws Exception {
        PackStore first = open();
        first.put("a", bytes("alpha"));
        first.finish(Set.of("a"));
        first.close();

        PackStore clean = new PackStore(dir, "f1", false);
        assertThat(clean.read("a")).isNull();
        clean.put("b", bytes("beta"));
        clean.finish(Set.of("b"));
        clean.close();

        assertThat(files()).containsExactly("pack-2.pack");
        assertThat(open().read("b")).isEqualTo(bytes("beta"));
    }

    @Test
    void manyThreadsCanPutAndReadAtOnce() throws Exception {
        PackStore store = open();
        java.util.stream.IntStream.range(0, 2000).parallel().forEach(i -> {
            try {
                store.put("n" + i, bytes("blob " + i));
                assertThat(store.read("n" + i)).isEqualTo(bytes("blob " + i));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        store.finish(java.util.stream.IntStream.range(0, 2000).mapToObj(i -> "n" + i)
                .collect(java.util.stream.Collectors.toSet()));
        store.close();
        PackStore next = open();
        assertThat(next.size()).isEqualTo(2000);
        assertThat(next.read("n1999")).isEqualTo(bytes("blob 1999"));
        next.close();
    }
}
