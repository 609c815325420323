package io.sitrep.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefingReportTest {

    @TempDir
    Path project;

    private final BriefingReport report = new BriefingReport();
    private final RecordingLog log = new RecordingLog();

    @BeforeEach
    void configure() throws IOException {
        SampleProject.create(project);
        report.content = project.resolve("content").toFile();
        report.templates = project.resolve("templates").toFile();
        report.buildDirectory = project.resolve("target").toFile();
        report.failOnError = true;
        report.setLog(log);
        // what maven-site-plugin does before it asks an external report to generate
        report.setReportOutputDirectory(project.resolve("target/site").toFile());
    }

    @Test
    void isAnExternalProjectReportNamedBriefing() {
        assertThat(report.isExternalReport()).isTrue();
        assertThat(report.getOutputName()).isEqualTo("briefing/index");
        assertThat(report.getName(Locale.ENGLISH)).isEqualTo("Briefing");
        assertThat(report.getCategoryName()).isEqualTo(MavenReport.CATEGORY_PROJECT_REPORTS);
        assertThat(report.getDescription(Locale.ENGLISH)).isNotBlank();
    }

    @Test
    void writesTheBriefingUnderTheSite() throws MavenReportException {
        report.generate(null, null, Locale.ENGLISH);

        Path index = project.resolve("target/site/" + report.getOutputName() + ".html");
        assertThat(index).isRegularFile();
        assertThat(project.resolve("target/site/briefing/data/articles.json")).isRegularFile();
    }

    @Test
    void onlyProjectsWithContentHaveTheReport() {
        assertThat(report.canGenerateReport()).isTrue();

        report.content = project.resolve("nothing-here").toFile();
        assertThat(report.canGenerateReport()).isFalse();

        report.content = project.resolve("content").toFile();
        report.skip = true;
        assertThat(report.canGenerateReport()).isFalse();
    }

    @Test
    void contentErrorsFailTheSite() throws IOException {
        SampleProject.addBadArticle(project);

        assertThatThrownBy(() -> report.generate(null, null, Locale.ENGLISH))
                .isInstanceOf(MavenReportException.class)
                .hasMessageContaining("problem");
        assertThat(log.errors).isNotEmpty().allSatisfy(e -> assertThat(e).contains("bad.md:"));
        assertThat(project.resolve("target/site/briefing")).doesNotExist();
    }
}
