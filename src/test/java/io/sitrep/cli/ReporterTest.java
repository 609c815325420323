package io.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.SiteBuild;
import io.sitrep.content.Problem;
import io.sitrep.publish.PublishException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReporterTest {

    @Test
    void printsProblemsAndWarningsOnePerLine() {
        StringWriter w = new StringWriter();
        Reporter r = new Reporter(new PrintWriter(w), SiteBuild.Listener.NONE);
        r.warning(new Problem("a.md", 2, 1, "key 'x' is not used", "remove it"));
        r.problems(List.of(new Problem("b.md", 3, 7, "bad date", "write YYYY-MM-DD"),
                new Problem("c.md", 1, 1, "is empty", "")), "nothing was written");
        assertThat(w.toString().lines()).containsExactly(
                "a.md:2:1: warning: key 'x' is not used; remove it",
                "b.md:3:7: bad date; write YYYY-MM-DD",
                "c.md:1:1: is empty",
                "2 problems; nothing was written");
        assertThat(r.warnings()).isEqualTo(1);
    }

    @Test
    void aPublishProblemIsNamedByItsFolder() {
        Problem p = Reporter.asProblem(new PublishException(Path.of("/tmp/out"), PublishException.Kind.FAILED,
                "locked", "wait", null));
        assertThat(p).hasToString("/tmp/out:1:1: locked; wait");
    }
}
