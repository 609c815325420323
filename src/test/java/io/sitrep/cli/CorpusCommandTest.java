package io.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusCommandTest {

    @TempDir
    Path tmp;

    @Test
    void writesABuildableContentFolder() throws Exception {
        Path out = tmp.resolve("corpus");
        StringWriter o = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(new StringWriter()),
                "corpus", "--articles", "12", "--out", out.toString(), "--seed", "3");
        assertThat(code).isZero();
        assertThat(o.toString()).contains("wrote 12 articles");
        try (Stream<Path> files = Files.walk(out.resolve("articles"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".md")).count()).isEqualTo(12);
        }
        assertThat(out.resolve("entities.yaml")).exists();
        assertThat(out.resolve("briefing.yaml")).exists();

        int build = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "check", "--content", out.toString());
        assertThat(build).isZero();
    }

    @Test
    void refusesANonEmptyFolder() throws Exception {
        Files.writeString(tmp.resolve("x.txt"), "x");
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
                "corpus", "--articles", "2", "--out", tmp.toString());
        assertThat(code).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("not empty");
    }
}
