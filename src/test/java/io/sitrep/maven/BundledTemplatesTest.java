package io.sitrep.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledTemplatesTest {

    @TempDir
    Path tmp;

    private final BundledTemplates bundled = new BundledTemplates(getClass().getClassLoader());

    @Test
    void usesTheProjectsTemplatesFolderWhenThereIsOne() throws IOException {
        Path own = Files.createDirectories(tmp.resolve("templates"));
        RecordingLog log = new RecordingLog();

        assertThat(bundled.resolve(own, tmp.resolve("work"), log)).isEqualTo(own);
        assertThat(tmp.resolve("work")).doesNotExist();
        assertThat(log.infos).isEmpty();
    }

    @Test
    void copiesTheRepositoryTemplatesOutWhenTheProjectHasNone() throws IOException {
        RecordingLog log = new RecordingLog();

        Path dir = bundled.resolve(tmp.resolve("missing"), tmp.resolve("work"), log);

        assertThat(dir).isEqualTo(tmp.resolve("work"));
        assertThat(dir.resolve("layout.ftlh")).hasSameTextualContentAs(Path.of("templates/layout.ftlh"));
        assertThat(dir.resolve("static/style.css")).hasSameTextualContentAs(Path.of("templates/static/style.css"));
        assertThat(log.infos).singleElement().asString().contains("bundled with sitrep");
    }

    @Test
    void extractionRemovesFilesLeftFromAnEarlierRun() throws IOException {
        Path work = Files.createDirectories(tmp.resolve("work"));
        Files.writeString(work.resolve("stale.ftlh"), "old");

        bundled.extractTo(work);

        assertThat(work.resolve("stale.ftlh")).doesNotExist();
        assertThat(work.resolve("index.ftlh")).exists();
    }

    @Test
    void extractsFromAJarAsInstalledByMaven() throws IOException {
        Path jar = tmp.resolve("plugin.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("sitrep/templates/"));
            put(out, "sitrep/templates/index.ftlh", "<p>${site.title}</p>");
            put(out, "sitrep/templates/static/site.css", "body{}");
            put(out, "other/ignored.txt", "x");
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Path dir = new BundledTemplates(loader).extractTo(tmp.resolve("work"));

            assertThat(dir.resolve("index.ftlh")).hasContent("<p>${site.title}</p>");
            assertThat(dir.resolve("static/site.css")).hasContent("body{}");
            assertThat(dir.resolve("ignored.txt")).doesNotExist();
        }
    }

    @Test
    void saysSoWhenTheJarCarriesNoTemplates() throws IOException {
        try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
            assertThatThrownBy(() -> new BundledTemplates(empty).extractTo(tmp.resolve("work")))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("sitrep/templates");
        }
    }

    private static void put(JarOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new JarEntry(name));
        OutputStream stream = out;
        stream.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
