package io.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompilerPriorityTest {

    @TempDir
    Path dir;

    /** A {@code stat} line as Linux writes it, with {@code nice} in field 19. */
    private static String stat(String tid, String name, int nice) {
        return tid + " (" + name + ") S 1 1 1 0 -1 4194368 100 0 0 0 25 3 0 0 20 " + nice
                + " 30 0 1234 0 0 18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 -1 1 0 0 0 0 0\n";
    }

    private void task(String tid, String name, int nice) throws Exception {
        Path t = Files.createDirectories(dir.resolve(tid));
        Files.writeString(t.resolve("comm"), name + "\n");
        Files.writeString(t.resolve("stat"), stat(tid, name, nice));
    }

    @Test
    void lowersTheC2ThreadsThatAreNotLowAlready() throws Exception {
        task("101", "C2 CompilerThre", 0);
        task("102", "C2 CompilerThre", CompilerPriority.LOWEST);
        task("103", "C1 CompilerThre", 0);
        task("104", "main", 0);
        task("105", "sitrep-watch", 0);
        List<String> set = new ArrayList<>();
        int lowered = new CompilerPriority(dir, (tid, nice) -> set.add(tid + "=" + nice)).lower();
        assertThat(lowered).isEqualTo(1);
        assertThat(set).containsExactly("101=19");
    }

    @Test
    void countsOnlyTheThreadsReniceLowered() throws Exception {
        task("101", "C2 CompilerThre", 0);
        assertThat(new CompilerPriority(dir, (tid, nice) -> false).lower()).isZero();
    }

    @Test
    void doesNothingWithoutAThreadFolder() {
        List<String> set = new ArrayList<>();
        assertThat(new CompilerPriority(dir.resolve("none"), (tid, nice) -> set.add(tid)).lower()).isZero();
        assertThat(set).isEmpty();
    }

    @Test
    void readsTheNiceValueAfterANameWithSpacesAndParentheses() {
        assertThat(CompilerPriority.nice(stat("7", "C2 CompilerThre", 0))).isZero();
        assertThat(CompilerPriority.nice(stat("7", "a (b) c", -5))).isEqualTo(-5);
        assertThat(CompilerPriority.nice(stat("7", "x", 19))).isEqualTo(19);
        assertThat(CompilerPriority.nice("7 (short) S 1")).isNull();
        assertThat(CompilerPriority.nice("garbage")).isNull();
        assertThat(CompilerPriority.nice(null)).isNull();
    }

    @Test
    void reniceLowersARealThreadOfThisProcess() throws Exception {
        Path tasks = Path.of("/proc/self/task");
        assumeTrue(Files.isDirectory(tasks), "Linux only");
        CountDownLatch done = new CountDownLatch(1);
        Thread t = new Thread(() -> {
            try {
                done.await();
            } catch (InterruptedException ignored) {
                // ends
            }
        }, "sitrep-nicetest");
        t.setDaemon(true);
        t.start();
        try {
            String tid = null;
            for (int tries = 0; tid == null && tries < 100; tries++) {
                try (Stream<Path> s = Files.list(tasks)) {
                    tid = s.filter(p -> readOrEmpty(p.resolve("comm")).strip().equals("sitrep-nicetest"))
                            .map(p -> p.getFileName().toString()).findFirst().orElse(null);
                }
                if (tid == null) {
                    Thread.sleep(10);
                }
            }
            assertThat(tid).as("the thread's id").isNotNull();
            assumeTrue(CompilerPriority.reniceCommand(tid, CompilerPriority.LOWEST), "renice is installed");
            assertThat(CompilerPriority.nice(readOrEmpty(tasks.resolve(tid).resolve("stat"))))
                    .isEqualTo(CompilerPriority.LOWEST);
        } finally {
            done.countDown();
        }
    }

    private static String readOrEmpty(Path p) {
        try {
            return Files.readString(p);
        } catch (Exception e) {
            return "";
        }
    }
}
