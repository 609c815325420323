package io.sitrep.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Checks what {@code mvn verify site} produced in {@code examples/maven-site} (run by
 * maven-invoker-plugin into {@code target/it/} just before this test, with this build of the plugin).
 */
class MavenSiteExampleIT {

    private static final Path EXAMPLE = Path.of("target/it/maven-site");
    private static final Path SITE = EXAMPLE.resolve("target/site");

    @Test
    void theSiteHoldsTheBriefing() throws IOException {
        Path index = SITE.resolve("briefing/index.html");
        assertThat(index).as("mvn site of the example wrote the briefing").isRegularFile();

        Document briefing = Jsoup.parse(index.toFile());
        assertThat(briefing.title()).contains("Idlib, February 2020 (example)");
        assertThat(SITE.resolve("briefing/data/articles.json")).content().contains("2020-02-26-erdogan-rules-out-smallest-step-back");
    }

    @Test
    void theProjectReportsMenuLinksToTheBriefing() throws IOException {
        Document reports = Jsoup.parse(SITE.resolve("project-reports.html").toFile());

        Element link = reports.selectFirst("a[href=briefing/index.html]");
        assertThat(link).as("a link to briefing/index.html in project-reports.html").isNotNull();
        assertThat(reports.select("a[href=briefing/index.html]").eachText()).contains("Briefing");
    }

    @Test
    void theCheckGoalRanInVerify() throws IOException {
        String log = Files.readString(EXAMPLE.resolve("build.log"));

        assertThat(log).contains("sitrep:" ).contains("3 articles checked, no problems");
        assertThat(log).contains("No templates folder at").contains("using the templates bundled with sitrep");
    }
}
