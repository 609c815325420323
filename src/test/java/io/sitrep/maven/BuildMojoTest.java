package io.sitrep.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildMojoTest {

    @TempDir
    Path project;

    private final BuildMojo mojo = new BuildMojo();
    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void configure() throws IOException {
        SampleProject.create(project);
        // as Maven injects the defaults of a project that has no templates/ folder
        mojo.basedir = project.toFile();
        mojo.buildDirectory = project.resolve("target").toFile();
        mojo.content = project.resolve("content").toFile();
        mojo.templates = project.resolve("templates").toFile();
        mojo.output = project.resolve("target/briefing").toFile();
        mojo.failOnError = true;
        mojo.setLog(log);
    }

    @Test
    void buildsTheBriefingWithTheBundledTemplates() throws Exception {
        mojo.baseUrl = "https://news.example/briefing/";

        mojo.execute();

        assertThat(project.resolve("target/briefing/index.html")).isRegularFile();
        assertThat(project.resolve("target/briefing/style.css")).isRegularFile();
        assertThat(project.resolve("target/sitrep-templates/layout.ftlh")).isRegularFile();
        assertThat(log.infos).anySatisfy(i -> assertThat(i).startsWith("2 articles → "));
    }

    @Test
    void refusesAForeignNonEmptyFolderUnlessForced() throws Exception {
        Files.createDirectories(project.resolve("target/briefing"));
        Files.writeString(project.resolve("target/briefing/notes.txt"), "mine");

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);

        mojo.force = true;
        mojo.execute();
        assertThat(project.resolve("target/briefing/index.html")).isRegularFile();
    }

    @Test
    void failsOnContentErrors() throws Exception {
        SampleProject.addBadArticle(project);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.errors).isNotEmpty().allSatisfy(e -> assertThat(e).startsWith("content/articles/bad.md:"));
    }

    @Test
    void skipWritesNothing() throws Exception {
        mojo.skip = true;

        mojo.execute();

        assertThat(project.resolve("target")).doesNotExist();
    }
}
