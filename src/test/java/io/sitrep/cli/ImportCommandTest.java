package io.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    private String stdout;
    private String stderr;

    private int run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        stdout = out.toString();
        stderr = err.toString();
        return code;
    }

    @Test
    void importsPrintsTheNewFileAndRefusesToOverwriteIt() throws Exception {
        Files.createDirectories(dir.resolve("content"));
        Path text = dir.resolve("story.txt");
        Files.writeString(text, "Turkey softens its stance\n\nTurkey has softened its tone, Reuters reported.\n");
        String[] args = {"import", text.toString(), "--source", "Reuters", "--date", "2020-02-14",
            "--url", "https://example.org/x", "--content", dir.resolve("content").toString()};

        assertThat(run(args)).as(stderr).isZero();
        Path written = dir.resolve("content/articles/2020-02-14-turkey-softens-its-stance.md");
        assertThat(stdout.strip()).isEqualTo(written.toString());
        assertThat(Files.readString(written)).contains("source: \"Reuters\"", "url: \"https://example.org/x\"");

        assertThat(run(args)).isEqualTo(Main.FAILED);
        assertThat(stderr).contains("already exists");
    }

    @Test
    void badUsageExitsWithTwo() throws Exception {
        Path text = dir.resolve("story.txt");
        Files.writeString(text, "T\n\nBody.\n");
        assertThat(run("import", text.toString())).as("no --source").isEqualTo(Main.USAGE);
        assertThat(run("import", text.toString(), "--source", "X", "--date", "14 Feb")).isEqualTo(Main.USAGE);
        assertThat(run("import", text.toString(), "--source", "X", "--content", dir.resolve("none").toString()))
                .isEqualTo(Main.USAGE);
        assertThat(stderr).contains("content folder does not exist");
    }
}
