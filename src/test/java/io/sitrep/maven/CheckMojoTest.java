package io.sitrep.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckMojoTest {

    @TempDir
    Path project;

    private final CheckMojo mojo = new CheckMojo();
    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void configure() throws IOException {
        SampleProject.create(project);
        mojo.basedir = project.toFile();
        mojo.buildDirectory = project.resolve("target").toFile();
        mojo.content = project.resolve("content").toFile();
        mojo.templates = Path.of("templates").toAbsolutePath().toFile();
        mojo.failOnError = true;
        mojo.setLog(log);
    }

    @Test
    void passesGoodContentAndWritesNoSite() throws Exception {
        mojo.execute();

        assertThat(log.infos).containsExactly("2 articles checked, no problems");
        assertThat(project.resolve("target/briefing")).doesNotExist();
    }

    @Test
    void failsWithEveryProblemLogged() throws Exception {
        SampleProject.addBadArticle(project);

        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);
        assertThat(log.errors).isNotEmpty().allSatisfy(e -> assertThat(e).startsWith("content/articles/bad.md:"));
    }

    @Test
    void onlyWarnsWhenToldNotToFail() throws Exception {
        SampleProject.addBadArticle(project);
        mojo.failOnError = false;

        mojo.execute();

        assertThat(log.warnings).singleElement().asString().contains("failOnError is false");
    }
}
