package io.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.SiteBuild;
import io.sitrep.content.Problem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StageTimerTest {

    @Test
    void printsTheTimeOfEachStageAndPassesEverythingOn() {
        StringWriter text = new StringWriter();
        AtomicLong now = new AtomicLong();
        List<String> seen = new ArrayList<>();
        SiteBuild.Listener next = new SiteBuild.Listener() {
            @Override
            public void stage(String name, int total) {
                seen.add("stage " + name);
            }

            @Override
            public void advanced() {
                seen.add("advanced");
            }

            @Override
            public void warning(Problem problem) {
                seen.add("warning " + problem.message());
            }
        };
        StageTimer timer = new StageTimer(next, new PrintWriter(text), now::get);

        timer.stage("load", -1);
        now.set(1_500_000_000L);
        timer.advanced();
        timer.stage("render", 3);
        now.set(1_750_000_000L);
        timer.warning(new Problem("f", 1, 1, "odd", ""));
        timer.finishStage();
        timer.finishStage();

        assertThat(text.toString().lines()).containsExactly("timing: load 1.50 s", "timing: render 0.25 s");
        assertThat(seen).containsExactly("stage load", "advanced", "stage render", "warning odd");
    }

    @Test
    void isOnlyUsedWhenAsked() {
        SiteBuild.Listener plain = SiteBuild.Listener.NONE;
        assertThat(StageTimer.wrapIfAsked(plain, new PrintWriter(new StringWriter()))).isSameAs(plain);
    }
}
