package io.sitrep.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.content.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildInputsTest {

    @TempDir
    Path dir;

    private Path content;
    private Path templates;

    @BeforeEach
    void folders() throws Exception {
        content = dir.resolve("content");
        templates = dir.resolve("templates");
        Files.createDirectories(content.resolve("articles/2020"));
        Files.createDirectories(templates.resolve("static"));
        Files.writeString(content.resolve("briefing.yaml"), "title: T\n");
        Files.writeString(content.resolve("articles/2020/a.md"), "a");
        Files.writeString(templates.resolve("index.ftlh"), "x");
        Files.writeString(templates.resolve("static/style.css"), "css");
    }

    private String digest() {
        return BuildInputs.digest(content, templates, "opts", new io.sitrep.content.FileKeys());
    }

    @Test
    void theDigestChangesWithAnyByteOfAnyInputButNotWithTimes() throws Exception {
        String first = digest();
        assertThat(digest()).isEqualTo(first);
        Files.setLastModifiedTime(content.resolve("articles/2020/a.md"), FileTime.fromMillis(0));
        assertThat(digest()).as("a touched file").isEqualTo(first);

        Files.writeString(content.resolve("articles/2020/a.md"), "b");
        String edited = digest();
        assertThat(edited).isNotEqualTo(first);
        Files.writeString(templates.resolve("static/style.css"), "css2");
        assertThat(digest()).isNotEqualTo(edited);
        assertThat(BuildInputs.digest(content, templates, "other options", new io.sitrep.content.FileKeys())).isNotEqualTo(digest());
        Files.writeString(content.resolve("entities.yaml"), "[]");
        String withDictionary = digest();
        Files.move(content.resolve("articles/2020/a.md"), content.resolve("articles/2020/b.md"));
        assertThat(digest()).as("a renamed article").isNotEqualTo(withDictionary);
    }

    @Test
    void whatABuildGaveReadsBackAndATornFileReadsAsNothing() throws Exception {
        BuildInputs.Last last = BuildInputs.last("abc", 3, 40, 20, List.of(new Problem("f.md", 2, 1, "odd", "fix")));
        BuildInputs.write(dir, last);
        assertThat(BuildInputs.read(dir)).isEqualTo(last);

        FileTime written = Files.getLastModifiedTime(dir.resolve(BuildInputs.FILE));
        Files.setLastModifiedTime(dir.resolve(BuildInputs.FILE), FileTime.fromMillis(1_000_000_000_000L));
        BuildInputs.write(dir, last);
        assertThat(Files.getLastModifiedTime(dir.resolve(BuildInputs.FILE))).as("the same is not written again")
                .isNotEqualTo(written).isEqualTo(FileTime.fromMillis(1_000_000_000_000L));

        Files.writeString(dir.resolve(BuildInputs.FILE), "{\"format\":\"sitrep-inputs-1\",\"dig");
        assertThat(BuildInputs.read(dir)).isNull();
    }
}
