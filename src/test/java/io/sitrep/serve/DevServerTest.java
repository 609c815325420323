package io.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevServerTest {

    @TempDir
    Path dir;

    @Test
    void theReloadScriptGoesBeforeTheEndOfTheBody() {
        assertThat(DevServer.withScript("<html><body><p>x</p></BODY></html>"))
                .isEqualTo("<html><body><p>x</p>" + DevServer.SCRIPT_TAG + "</BODY></html>");
        assertThat(DevServer.withScript("<p>fragment")).isEqualTo("<p>fragment" + DevServer.SCRIPT_TAG);
        assertThat(DevServer.RELOAD_JS).contains("EventSource").doesNotContain("eval");
    }

    @Test
    void onlyFilesOfTheSiteAreServed() throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve(".sitrep"));
        Files.createDirectories(site.resolve("people"));
        Files.writeString(site.resolve("index.html"), "i");
        Files.writeString(site.resolve("people/index.html"), "p");
        Files.writeString(site.resolve(".sitrep/manifest.json"), "{}");
        Files.writeString(dir.resolve("secret.txt"), "s");
        try (DevServer server = new DevServer(site, 0, () -> null)) {
            assertThat(server.resolve("/")).isEqualTo(site.resolve("index.html"));
            assertThat(server.resolve("/people/")).isEqualTo(site.resolve("people/index.html"));
            assertThat(server.resolve("/../secret.txt")).isNull();
            assertThat(server.resolve("/.sitrep/manifest.json")).isNull();
            assertThat(server.resolve("/missing.html")).isNull();
        }
    }

    @Test
    void theErrorPageEscapesTheProblems() {
        String page = ErrorPage.of(java.util.List.of(new io.sitrep.content.Problem("a.md", 2, 3, "bad <b>", "fix")));
        assertThat(page).contains("a.md:2:3: bad &lt;b&gt;; fix").doesNotContain("<b>");
    }
}
