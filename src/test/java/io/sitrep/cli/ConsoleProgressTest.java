package io.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    @Test
    void aShortStageDrawsNothing() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ConsoleProgress p = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), Duration.ofHours(1))) {
            p.stage("analyze", 5);
            IntStream.range(0, 5).parallel().forEach(i -> p.advanced());
        }
        assertThat(bytes.size()).isZero();
    }

    @Test
    void aLongStageDrawsABarThatCountsEveryStepFromEveryThread() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ConsoleProgress p = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), Duration.ZERO)) {
            p.stage("analyze", 400);
            Thread.sleep(5);
            IntStream.range(0, 400).parallel().forEach(i -> p.advanced());
            Thread.sleep(300);
        }
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertThat(drawn).contains("analyze").contains("400/400");
    }
}
