package io.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.SiteBuild;
import org.junit.jupiter.api.Test;

class BuildCommandTest {

    @Test
    void summaryLine() {
        assertThat(BuildCommand.summary(new SiteBuild.Result(5, 63, 41, 12, 2), 0.84, 0))
                .isEqualTo("5 articles → 41 pages, 63 files (12 written, 2 removed) in 0.8 s");
        assertThat(BuildCommand.summary(new SiteBuild.Result(1, 3, 1, 0, 0), 12.0, 2))
                .isEqualTo("1 article → 1 page, 3 files (nothing changed) in 12.0 s, 2 warnings");
    }
}
