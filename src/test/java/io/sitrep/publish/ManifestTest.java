package io.sitrep.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    @TempDir
    Path dir;

    private Manifest manifest() {
        TreeMap<String, String> files = new TreeMap<>();
        files.put("index.html", "crc32c:10:0000abcd");
        files.put("articles/a.html", "crc32c:20:1234abcd");
        files.put("people/erdogan.html", "crc32c:5:ffff0000");
        TreeMap<String, String> keys = new TreeMap<>();
        keys.put("articles/a.html", "m4:0123");
        keys.put("gone.html", "m4:4567"); // a key without its file is dropped
        return new Manifest(files, keys);
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        Path file = dir.resolve("manifest.json");
        manifest().write(file);

        Manifest back = Manifest.read(file);
        assertThat(back).isEqualTo(manifest());
        assertThat(back.keys()).containsOnlyKeys("articles/a.html");
    }

    @Test
    void ignoresWhatItDoesNotKnowAndReadsKeysAnywhere() throws Exception {
        Path file = write("{\"keys\":{\"a.html\":\"m4:1\"},\"extra\":[1,{\"x\":2}],"
                + "\"files\":{\"a.html\":\"crc32c:1:2\"},\"format\":\"" + Manifest.FORMAT + "\"}");

        Manifest back = Manifest.read(file);
        assertThat(back.files()).containsEntry("a.html", "crc32c:1:2").hasSize(1);
        assertThat(back.keys()).containsEntry("a.html", "m4:1");
    }

    @Test
    void aTornForeignOrUnsafeManifestIsNotTrusted() throws Exception {
        String ok = "\"format\":\"" + Manifest.FORMAT + "\"";
        for (String text : new String[] {
            "{" + ok + ",\"files\":{\"a.html\":\"crc32c:1:2\"", // torn
            "{\"format\":\"other\",\"files\":{}}",
            "{" + ok + "}",
            "{" + ok + ",\"files\":[]}",
            "{" + ok + ",\"files\":{\"../escape.html\":\"crc32c:1:2\"}}",
            "{" + ok + ",\"files\":{\"a.html\":{\"nested\":1}}}",
            "[]",
            ""}) {
            assertThat(Manifest.read(write(text))).as(text).isNull();
        }
        assertThat(Manifest.read(dir.resolve("missing.json"))).isNull();
    }

    private Path write(String text) throws Exception {
        Path file = Files.createTempFile(dir, "manifest", ".json");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
