package io.sitrep.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StagedSiteTest {

    @TempDir
    Path parent;

    private Path out() {
        return parent.resolve("site");
    }

    private StagedSite.Summary build(Map<String, String> files) throws Exception {
        try (StagedSite site = StagedSite.open(out(), false, false)) {
            for (var e : new TreeMap<>(files).entrySet()) {
                site.write(e.getKey(), e.getValue());
            }
            return site.commit();
        }
    }

    private static final Map<String, String> SITE = Map.of("index.html", "<p>index</p>", "articles/a.html", "a",
            "data/articles.json", "[]");

    /** Everything under the output folder but the staging folder's own time, which a build may touch. */
    private SortedMap<String, String> previousSite() throws IOException {
        SortedMap<String, String> s = TreeSnapshot.of(out());
        s.computeIfPresent(".sitrep/staging", (k, v) -> "dir");
        return s;
    }

    @Test
    void firstBuildWritesEveryFileAndTheManifest() throws Exception {
        StagedSite.Summary s = build(SITE);
        assertThat(s).isEqualTo(new StagedSite.Summary(3, 3, 0));
        assertThat(Files.readString(out().resolve("articles/a.html"))).isEqualTo("a");
        assertThat(StagedSite.manifestOf(out())).containsOnlyKeys("articles/a.html", "data/articles.json", "index.html");
        assertThat(TreeSnapshot.contents(out().resolve(".sitrep/staging"))).containsOnlyKeys(".");
    }

    @Test
    void aSecondIdenticalBuildWritesNothingAndKeepsEveryTime() throws Exception {
        build(SITE);
        TreeSnapshot.age(out());
        SortedMap<String, String> before = TreeSnapshot.of(out());
        assertThat(build(SITE)).isEqualTo(new StagedSite.Summary(3, 0, 0));
        assertThat(TreeSnapshot.of(out())).isEqualTo(before);
    }

    /** A file written in parts is the file of their bytes: its fingerprint, kept when unchanged, replaced when not. */
    @Test
    void aFileWrittenInPartsIsTheFileOfTheirBytes() throws Exception {
        List<byte[]> parts = List.of(bytes("[ "), bytes(""), bytes("{\"a\" : 1}"), bytes(", "), bytes("{\"b\" : 2}"),
                bytes(" ]\n"));
        try (StagedSite site = StagedSite.open(out(), false, false)) {
            site.write("data/x.json", parts);
            site.write("data/y.json", "[ {\"a\" : 1}, {\"b\" : 2} ]\n");
            assertThat(site.commit()).isEqualTo(new StagedSite.Summary(2, 2, 0));
        }
        assertThat(Files.readString(out().resolve("data/x.json"))).isEqualTo("[ {\"a\" : 1}, {\"b\" : 2} ]\n");
        assertThat(StagedSite.manifestOf(out()).get("data/x.json")).isEqualTo(StagedSite.manifestOf(out()).get("data/y.json"));
        TreeSnapshot.age(out());
        SortedMap<String, String> before = TreeSnapshot.of(out());
        try (StagedSite site = StagedSite.open(out(), false, false)) {
            site.write("data/x.json", List.of(bytes("[ {\"a\" : 1}, "), bytes("{\"b\" : 2} ]\n"))); // same bytes, other parts
            site.write("data/y.json", List.of(bytes("[ {\"a\" : 1}, "), bytes("{\"b\" : 3} ]\n")));
            assertThat(site.commit()).isEqualTo(new StagedSite.Summary(2, 1, 0));
        }
        SortedMap<String, String> after = TreeSnapshot.of(out());
        assertThat(after.get("data/x.json")).as("kept, time and all").isEqualTo(before.get("data/x.json"));
        assertThat(Files.readString(out().resolve("data/y.json"))).isEqualTo("[ {\"a\" : 1}, {\"b\" : 3} ]\n");
    }

    /**
     * A file written as a stream is staged as it is written, with its fingerprint taken on the
     * way; when it comes out as the bytes in place, the staged copy is dropped and the file kept.
     */
    @Test
    void aFileWrittenAsAStreamIsKeptWhenItsBytesAreThoseInPlace() throws Exception {
        byte[] large = new byte[300_000];
        new java.util.Random(3).nextBytes(large);
        SiteOutput.Content content = out -> {
            out.write(large, 0, 100_000);
            out.write(large[100_000]);
            out.write(large, 100_001, large.length - 100_001);
        };
        try (StagedSite site = StagedSite.open(out(), false, false)) {
            site.write("data/big.bin", content);
            site.write("data/same.bin", large);
            assertThatThrownBy(() -> site.write("data/big.bin", content)).isInstanceOf(IllegalStateException.class);
            assertThat(site.commit()).isEqualTo(new StagedSite.Summary(2, 2, 0));
        }
        assertThat(Files.readAllBytes(out().resolve("data/big.bin"))).isEqualTo(large);
        assertThat(StagedSite.manifestOf(out()).get("data/big.bin")).isEqualTo(StagedSite.manifestOf(out()).get("data/same.bin"));
        TreeSnapshot.age(out());
        SortedMap<String, String> before = TreeSnapshot.of(out());
        byte[] changed = large.clone();
        changed[250_000] ^= 1;
        try (StagedSite site = StagedSite.open(out(), false, false)) {
            site.write("data/big.bin", content);
            assertThat(TreeSnapshot.contents(out().resolve(".sitrep/staging"))).as("nothing staged for it")
                    .doesNotContainKey("data/big.bin");
            site.write("data/same.bin", out -> out.write(changed));
            assertThat(site.commit()).isEqualTo(new StagedSite.Summary(2, 1, 0));
        }
        SortedMap<String, String> after = TreeSnapshot.of(out());
        assertThat(after.get("data/big.bin")).as("kept, time and all").isEqualTo(before.get("data/big.bin"));
        assertThat(Files.readAllBytes(out().resolve("data/same.bin"))).isEqualTo(changed);
        try (StagedSite site = StagedSite.open(out(), false, true)) { // --clean: written again, same bytes
            site.write("data/big.bin", content);
            site.write("data/same.bin", changed);
            assertThat(site.commit()).isEqualTo(new StagedSite.Summary(2, 2, 0));
        }
        assertThat(Files.readAllBytes(out().resolve("data/big.bin"))).isEqualTo(large);
    }

    /** The check of a kept file reads it a block at a time against parts of any size. */
    @Test
    void aFileIsTheSameBytesOnlyWhenEveryByteAndTheLengthAgree() throws Exception {
        byte[] whole = new byte[200_000];
        new java.util.Random(5).nextBytes(whole);
        Path file = Files.createDirectories(out()).resolve("f.bin");
        Files.write(file, whole);
        List<byte[]> parts = List.of(Arrays.copyOfRange(whole, 0, 3), new byte[0], Arrays.copyOfRange(whole, 3, 70_000),
                Arrays.copyOfRange(whole, 70_000, 200_000));
        assertThat(StagedSite.sameBytes(file, parts)).isTrue();
        for (int at : new int[] {0, 2, 3, 65_535, 65_536, 69_999, 70_000, 131_072, 199_999}) {
            List<byte[]> changed = parts.stream().map(byte[]::clone).toList();
            int offset = at;
            for (byte[] part : changed) {
                if (offset < part.length) {
                    part[offset] ^= 1;
                    break;
                }
                offset -= part.length;
            }
            assertThat(StagedSite.sameBytes(file, changed)).as("byte %d", at).isFalse();
        }
        assertThat(StagedSite.sameBytes(file, List.of(Arrays.copyOfRange(whole, 0, 199_999)))).isFalse();
        assertThat(StagedSite.sameBytes(file, List.of(whole, new byte[1]))).isFalse();
    }

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aChangedFileIsReplacedAndAFileNoLongerBuiltIsRemoved() throws Exception {
        build(SITE);
        TreeSnapshot.age(out());
        SortedMap<String, String> before = TreeSnapshot.of(out());
        StagedSite.Summary s = build(Map.of("index.html", "<p>new</p>", "data/articles.json", "[]"));
        assertThat(s).isEqualTo(new StagedSite.Summary(2, 1, 1));
        SortedMap<String, String> after = TreeSnapshot.of(out());
        assertThat(after).doesNotContainKeys("articles", "articles/a.html");
        assertThat(after.get("data/articles.json")).isEqualTo(before.get("data/articles.json"));
        assertThat(after.get("index.html")).isNotEqualTo(before.get("index.html"));
    }

    /** The replaced versions are held until the caller deletes them, or until the site is closed. */
    @Test
    void replacedFilesAreDeletedByTheirTakerOrAtClose() throws Exception {
        build(SITE);
        Path replaced = out().resolve(".sitrep/replaced");
        build(Map.of("index.html", "<p>second</p>", "articles/a.html", "a", "data/articles.json", "[]"));
        assertThat(replaced).as("deleted at close").doesNotExist();

        ReplacedFiles taken;
        try (StagedSite site = StagedSite.open(out(), false, false)) {
            site.write("index.html", "<p>third</p>");
            site.write("articles/a.html", "a");
            site.write("data/articles.json", "[1]");
            assertThat(site.commit()).isEqualTo(new StagedSite.Summary(3, 2, 0));
            taken = site.takeReplaced();
        }
        assertThat(Files.readString(out().resolve("index.html"))).isEqualTo("<p>third</p>");
        assertThat(TreeSnapshot.contents(replaced).values()).as("the two old versions, until their taker deletes them")
                .containsExactlyInAnyOrder("dir", "dir", "file " + TreeSnapshot.sha256("<p>second</p>".getBytes()),
                        "file " + TreeSnapshot.sha256("[]".getBytes()));
        taken.delete();
        assertThat(replaced).doesNotExist();
        assertThat(TreeSnapshot.contents(out()).keySet()).containsExactly(".", ".sitrep", ".sitrep/lock",
                ".sitrep/manifest.json", ".sitrep/staging", "articles", "articles/a.html", "data",
                "data/articles.json", "index.html");
    }

    @Test
    void replacedFilesLeftByAStoppedProcessAreDeletedByTheNextBuild() throws Exception {
        build(SITE);
        try (StagedSite site = StagedSite.open(out(), false, false)) {
            site.write("index.html", "<p>second</p>");
            site.commit();
            site.takeReplaced(); // and the process stops before deleting them
        }
        assertThat(out().resolve(".sitrep/replaced")).isDirectory();
        build(SITE);
        assertThat(out().resolve(".sitrep/replaced")).doesNotExist();
    }

    @Test
    void anAbortedBuildLeavesEveryByteAndTimeOfThePreviousSite() throws Exception {
        build(SITE);
        TreeSnapshot.age(out());
        SortedMap<String, String> before = previousSite();
        SortedMap<String, String> parentBefore = TreeSnapshot.of(parent, p -> !p.startsWith("site"));
        try (StagedSite site = StagedSite.open(out(), false, false)) {
            site.write("index.html", "<p>half</p>");
            site.write("new/page.html", "x");
            // no commit: the render failed
        }
        assertThat(previousSite()).isEqualTo(before);
        assertThat(TreeSnapshot.of(parent, p -> !p.startsWith("site"))).isEqualTo(parentBefore);
    }

    @Test
    void anAbortedFirstBuildLeavesNoFolderBehind() throws Exception {
        Path deep = parent.resolve("a/b/site");
        try (StagedSite site = StagedSite.open(deep, false, false)) {
            site.write("index.html", "x");
        }
        assertThat(TreeSnapshot.of(parent)).containsOnlyKeys(".");
        Files.createDirectories(out());
        try (StagedSite site = StagedSite.open(out(), false, false)) {
            site.write("index.html", "x");
        }
        assertThat(TreeSnapshot.contents(parent)).containsOnlyKeys(".", "site");
    }

    @Test
    void aFolderWithForeignFilesIsRefusedUnlessForced() throws Exception {
        Files.createDirectories(out());
        Files.writeString(out().resolve("notes.txt"), "mine");
        PublishException e = catchThrowableOfType(PublishException.class, () -> StagedSite.open(out(), false, false));
        assertThat(e.kind()).isEqualTo(PublishException.Kind.REFUSED);
        assertThat(e.getMessage()).isEqualTo("output folder holds files that sitrep did not write");
        assertThat(e.hint()).contains("--force");
        assertThat(TreeSnapshot.contents(out())).containsOnlyKeys(".", "notes.txt");

        try (StagedSite site = StagedSite.open(out(), true, false)) {
            site.write("index.html", "x");
            site.commit();
        }
        build(Map.of("other.html", "y")); // the manifest now marks the folder as sitrep's: no --force needed
        assertThat(Files.readString(out().resolve("notes.txt"))).isEqualTo("mine");
        assertThat(out().resolve("index.html")).doesNotExist();
        assertThat(StagedSite.manifestOf(out())).containsOnlyKeys("other.html");
    }

    @Test
    void aManifestOfAnEarlierVersionKeepsUnchangedFilesAndIsRewrittenInTheNewForm() throws Exception {
        build(SITE);
        // sitrep before 0.2 recorded the SHA-256 of each file, which no fingerprint equals
        Files.writeString(out().resolve(".sitrep/manifest.json"), "{\"format\":\"sitrep-manifest-1\",\"files\":{"
                + "\"articles/a.html\":\"ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb\","
                + "\"data/articles.json\":\"4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945\","
                + "\"index.html\":\"0000000000000000000000000000000000000000000000000000000000000000\"}}");
        TreeSnapshot.age(out());
        SortedMap<String, String> before = TreeSnapshot.of(out());

        StagedSite.Summary s = build(Map.of("index.html", "<p>index</p>", "articles/a.html", "a",
                "data/articles.json", "[1]"));

        assertThat(s).as("only the changed file is written").isEqualTo(new StagedSite.Summary(3, 1, 0));
        SortedMap<String, String> after = TreeSnapshot.of(out());
        assertThat(after.get("index.html")).isEqualTo(before.get("index.html"));
        assertThat(after.get("articles/a.html")).isEqualTo(before.get("articles/a.html"));
        assertThat(Files.readString(out().resolve("data/articles.json"))).isEqualTo("[1]");
        assertThat(StagedSite.manifestOf(out()).values()).allMatch(v -> v.startsWith("crc32c:"));
    }

    @Test
    void aTamperedManifestIsNotTrusted() throws Exception {
        build(SITE);
        Files.writeString(out().resolve(".sitrep/manifest.json"),
                "{\"format\":\"sitrep-manifest-1\",\"files\":{\"../outside.txt\":\"x\"}}");
        assertThat(StagedSite.manifestOf(out())).isEmpty();
        assertThatThrownBy(() -> StagedSite.open(out(), false, false)).isInstanceOf(PublishException.class)
                .hasMessage("output folder holds files that sitrep did not write");
    }

    @Test
    void twoBuildsAtOnce() throws Exception {
        try (StagedSite first = StagedSite.open(out(), false, false)) {
            PublishException e = catchThrowableOfType(PublishException.class, () -> StagedSite.open(out(), false, false));
            assertThat(e.kind()).isEqualTo(PublishException.Kind.FAILED);
            assertThat(e.getMessage()).isEqualTo("another sitrep build is writing into this folder");
            first.write("index.html", "x");
            first.commit();
        }
        assertThat(Files.readString(out().resolve("index.html"))).isEqualTo("x");
    }

    @Test
    void noWritingThroughALinkInsideTheOutputFolder(@TempDir Path elsewhere) throws Exception {
        build(SITE);
        Files.delete(out().resolve("articles/a.html"));
        Files.delete(out().resolve("articles"));
        Files.createSymbolicLink(out().resolve("articles"), elsewhere);
        SortedMap<String, String> before = previousSite();
        PublishException e = catchThrowableOfType(PublishException.class, () -> build(Map.of("articles/b.html", "b")));
        assertThat(e.getMessage()).startsWith("is a link; sitrep does not write through links");
        assertThat(e.folder()).isEqualTo(out().toAbsolutePath().resolve("articles"));
        assertThat(TreeSnapshot.of(elsewhere)).containsOnlyKeys(".");
        assertThat(previousSite()).isEqualTo(before);
    }

    @Test
    void pathsThatLeaveTheFolderAreRefused() throws Exception {
        try (StagedSite site = StagedSite.open(out(), false, false)) {
            for (String bad : new String[] {"../x.html", "/etc/x", "a//b", "a/./b", ".sitrep/manifest.json", "a\\b", ""}) {
                assertThatThrownBy(() -> site.write(bad, "x")).as(bad).isInstanceOf(IllegalArgumentException.class);
            }
            site.write("ok/page.html", "x");
            assertThatThrownBy(() -> site.write("ok/page.html", "y")).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void anOutputFolderThatIsAFileOrUnderAFile() throws Exception {
        Path file = Files.writeString(parent.resolve("file"), "x");
        PublishException e = catchThrowableOfType(PublishException.class, () -> StagedSite.open(file, false, false));
        assertThat(e.kind()).isEqualTo(PublishException.Kind.REFUSED);
        assertThat(e.getMessage()).isEqualTo("output folder is a file");
        e = catchThrowableOfType(PublishException.class, () -> StagedSite.open(file.resolve("site"), false, false));
        assertThat(e.kind()).isEqualTo(PublishException.Kind.FAILED);
        assertThat(e.getMessage()).startsWith("cannot write into the output folder: ");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void anUnwritableOutputFolder() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write anywhere");
        Files.createDirectories(out());
        Files.setPosixFilePermissions(out(), PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            PublishException e = catchThrowableOfType(PublishException.class, () -> StagedSite.open(out(), false, false));
            assertThat(e.getMessage()).startsWith("cannot write into the output folder: permission denied");
        } finally {
            Files.setPosixFilePermissions(out(), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
