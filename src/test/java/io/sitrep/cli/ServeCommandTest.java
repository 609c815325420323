package io.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's checks before it serves; serving itself is tested in {@code LiveSiteTest}. */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void refusesABadPortOrMissingFoldersWithoutServing() {
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "serve", "--port", "70000",
                "--content", dir.resolve("none").toString(), "--templates", "templates");
        assertThat(code).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("--port:1:1: 70000 is not a port", "content folder does not exist",
                "nothing was served");
    }

    @Test
    void listsServeInTheHelp() {
        StringWriter out = new StringWriter();
        Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "serve", "--help");
        assertThat(out.toString()).contains("--port", "127.0.0.1");
    }
}
