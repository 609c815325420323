package io.sitrep.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @TempDir
    Path project;

    private void check(Path out) throws PublishException {
        Path content = project.resolve("content");
        Path templates = project.resolve("templates");
        OutputFolder.checkApart(out, Map.of("content folder", content, "templates folder", templates),
                Map.of("articles folder", content.resolve("articles"), "templates folder", templates));
    }

    private String refusal(Path out) {
        PublishException e = catchThrowableOfType(PublishException.class, () -> check(out));
        assertThat(e).as("refused: " + out).isNotNull();
        assertThat(e.kind()).isEqualTo(PublishException.Kind.REFUSED);
        return e.getMessage();
    }

    @Test
    void theContentFolderItsParentsAndFoldersSitrepReadsAreRefused() throws Exception {
        Files.createDirectories(project.resolve("content/articles"));
        assertThat(refusal(project.resolve("content"))).startsWith("output folder is the content folder");
        assertThat(refusal(project)).startsWith("output folder holds the ");
        assertThat(refusal(project.resolve("content/../content/."))).startsWith("output folder is the content folder");
        assertThat(refusal(project.resolve("content/articles/site"))).startsWith("output folder is inside the articles folder");
        assertThat(refusal(project.resolve("templates/static/site"))).startsWith("output folder is inside the templates folder");
        assertThatCode(() -> check(project.resolve("site"))).doesNotThrowAnyException();
        assertThatCode(() -> check(project.resolve("content/site"))).doesNotThrowAnyException();
    }

    @Test
    void aLinkToTheContentFolderIsSeenThrough() throws Exception {
        Files.createDirectories(project.resolve("content/articles"));
        Path link = Files.createSymbolicLink(project.resolve("link"), project.resolve("content"));
        assertThat(refusal(link)).startsWith("output folder is the content folder");
        assertThat(refusal(link.resolve("articles/new"))).startsWith("output folder is inside the articles folder");
    }

    @Test
    void ownership() throws Exception {
        Path out = project.resolve("out");
        assertThat(OutputFolder.isOwned(out, false)).isTrue();
        Files.createDirectories(out.resolve(StagedSite.STATE_DIR));
        assertThat(OutputFolder.isOwned(out, false)).isTrue();
        Files.writeString(out.resolve("x.html"), "x");
        assertThat(OutputFolder.isOwned(out, false)).isFalse();
        assertThat(OutputFolder.isOwned(out, true)).isTrue();
        assertThatCode(() -> OutputFolder.checkUsable(out, true)).doesNotThrowAnyException();
        assertThatThrownBy(() -> OutputFolder.checkUsable(out, false)).isInstanceOf(PublishException.class);
        // the quick check before a build takes a manifest file as the mark; StagedSite.open validates it
        Files.writeString(out.resolve(StagedSite.STATE_DIR).resolve("manifest.json"), "{torn");
        assertThatCode(() -> OutputFolder.checkUsable(out, false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> StagedSite.open(out, false, false)).isInstanceOf(PublishException.class)
                .hasMessage("output folder holds files that sitrep did not write");
    }
}
