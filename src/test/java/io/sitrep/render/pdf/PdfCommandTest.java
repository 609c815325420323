package io.sitrep.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep pdf} and the hook in {@code sitrep build}, through the command line. */
class PdfCommandTest {

    @TempDir
    Path tmp;

    @Test
    void buildWritesTheBriefingPdfAndPdfRewritesOnlyIt() throws Exception {
        Path content = tmp.resolve("content");
        BriefingFixtures.threeArticles(content);
        Path out = tmp.resolve("site");

        assertThat(Main.run("build", "--content", content.toString(), "--templates", "templates",
                "--out", out.toString())).isZero();
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(PdfBriefingTest.text(Files.readAllBytes(out.resolve("briefing.pdf"))))
                .contains(BriefingFixtures.CEASEFIRE_TITLE);
        long indexTime = Files.getLastModifiedTime(out.resolve("index.html")).toMillis();
        byte[] before = Files.readAllBytes(out.resolve("briefing.pdf"));

        Files.delete(out.resolve("briefing.pdf"));
        assertThat(Main.run("pdf", "--content", content.toString(), "--templates", "templates",
                "--out", out.toString())).isZero();
        assertThat(out.resolve("briefing.pdf")).hasBinaryContent(before);
        assertThat(out.resolve("index.html")).isRegularFile();
        assertThat(Files.getLastModifiedTime(out.resolve("index.html")).toMillis()).isEqualTo(indexTime);
    }

    @Test
    void pdfIntoANewFolderWritesJustTheBriefing() throws Exception {
        Path content = tmp.resolve("content");
        BriefingFixtures.threeArticles(content);
        Path out = tmp.resolve("print");

        assertThat(Main.run("pdf", "--content", content.toString(), "--templates", "templates",
                "--out", out.toString())).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")))
                    .containsExactly("briefing.pdf");
        }
    }

    @Test
    void pdfWithoutAPrintTemplateFailsAndWritesNothing() throws Exception {
        Path content = tmp.resolve("content");
        BriefingFixtures.threeArticles(content);
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Path out = tmp.resolve("out");

        assertThat(Main.run("pdf", "--content", content.toString(), "--templates", templates.toString(),
                "--out", out.toString())).isEqualTo(1);
        assertThat(out.resolve("briefing.pdf")).doesNotExist();
    }
}
