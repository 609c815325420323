package io.sitrep.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sitrep.SiteBuild;
import io.sitrep.content.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefingRunTest {

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void sampleProject() throws IOException {
        SampleProject.create(project);
    }

    private SiteBuild.Options options(Path out) {
        return new SiteBuild.Options(project.resolve("content"), Path.of("templates").toAbsolutePath(), out,
                null, false, false, false);
    }

    @Test
    void buildsTheSiteAndLogsWhatItDid() throws MojoFailureException {
        Path out = project.resolve("target/briefing");

        SiteBuild.Result result = new BriefingRun(log, project, true).build(options(out)).orElseThrow();

        assertThat(result.articles()).isEqualTo(2);
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(log.infos).singleElement().asString().startsWith("2 articles → ").contains("target/briefing");
        assertThat(log.errors).isEmpty();
    }

    @Test
    void logsEveryContentProblemAsTheCliPrintsItAndFails() throws IOException {
        SampleProject.addBadArticle(project);
        Path out = project.resolve("target/briefing");

        assertThatThrownBy(() -> new BriefingRun(log, project, true).build(options(out)))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("nothing was written");

        assertThat(log.errors).isNotEmpty()
                .allSatisfy(line -> assertThat(line).matches("content/articles/bad\\.md:\\d+:\\d+: .+"));
        assertThat(out).doesNotExist();
    }

    @Test
    void onlyWarnsWhenFailOnErrorIsOff() throws IOException, MojoFailureException {
        SampleProject.addBadArticle(project);

        assertThat(new BriefingRun(log, project, false).build(options(project.resolve("out")))).isEmpty();
        assertThat(new BriefingRun(log, project, false).check(options(project.resolve("out")))).isEmpty();

        assertThat(log.errors).isNotEmpty();
        assertThat(log.warnings).hasSize(2).allSatisfy(w -> assertThat(w).contains("failOnError is false"));
    }

    @Test
    void anUnusableOutputFolderFailsWithItsName() throws IOException {
        Path out = Files.writeString(project.resolve("site"), "a file, not a folder");

        assertThatThrownBy(() -> new BriefingRun(log, project, true).build(options(out)))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("site: ");
    }

    @Test
    void checkWritesNothing() throws MojoFailureException {
        Path out = project.resolve("target/briefing");

        assertThat(new BriefingRun(log, project, true).check(options(out))).isPresent();

        assertThat(out).doesNotExist();
        assertThat(log.infos).containsExactly("2 articles checked, no problems");
    }

    @Test
    void showsFilesOutsideTheProjectAndNonPathsAsTheyAre() {
        BriefingRun run = new BriefingRun(log, project, true);
        Path outside = project.getParent().resolve("elsewhere/a.md").toAbsolutePath();

        assertThat(run.relative(new Problem(outside.toString(), 1, 2, "m", "h")).file()).isEqualTo(outside.toString());
        assertThat(run.relative(new Problem("index.ftlh", 3, 4, "m", null)).toString()).isEqualTo("index.ftlh:3:4: m");
        assertThat(run.relative(new Problem(project.resolve("content/x.md").toString(), 5, 6, "m", "h")).toString())
                .isEqualTo("content/x.md:5:6: m; h");
    }
}
