package io.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.content.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageChecksTest {

    @Test
    void webAddresses() {
        assertThat(UsageChecks.isWebAddress("https://example.org/briefing/")).isTrue();
        assertThat(UsageChecks.isWebAddress("HTTP://example.org")).isTrue();
        assertThat(UsageChecks.isWebAddress("example.org")).isFalse();
        assertThat(UsageChecks.isWebAddress("ftp://example.org")).isFalse();
        assertThat(UsageChecks.isWebAddress("https://")).isFalse();
        assertThat(UsageChecks.isWebAddress("https://exa mple.org")).isFalse();
    }

    @Test
    void foldersMustExistAndBeFolders(@TempDir Path dir) throws Exception {
        BuildOptions o = new BuildOptions();
        o.content = Files.writeString(dir.resolve("content"), "x");
        o.templates = dir.resolve("templates");
        assertThat(UsageChecks.of(o)).extracting(Problem::toString).containsExactly(
                o.content + ":1:1: content folder is a file, not a folder; pass --content DIR, or run sitrep in the folder that holds content/",
                o.templates + ":1:1: templates folder does not exist; pass --templates DIR, or run sitrep in the folder that holds templates/");
    }
}
