package io.sitrep.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Gives HotSpot's optimizing compiler threads (C2) the lowest scheduling priority in a process
 * that builds again and again ({@code serve}), once its first build is done.
 *
 * <p>Why: in every {@code serve} rebuild at 10,000 articles, C2 compiled a few hundred library
 * methods that had just crossed its thresholds for the first time (PDF layout, JSON writers,
 * chart drawing), about 0.9 s of CPU of a rebuild's 4 s, on a machine with two cores that the
 * build itself keeps busy. At the lowest priority it compiles with what the build leaves, and
 * catches up while the server waits for the next change ({@code docs/benchmarks.md}, fourteenth
 * round). The first build keeps a full-priority compiler: it is most of what the JIT ever does.
 *
 * <p>Java cannot set a thread's priority itself, so the threads are found by name in
 * {@code /proc/self/task} and lowered with {@code renice}: Linux only. Anywhere else, or if
 * {@code renice} fails, nothing changes and nothing is reported: the server works the same,
 * only its rebuilds are slower.
 */
final class CompilerPriority {

    /** The lowest priority Linux gives a thread (nice 19). */
    static final int LOWEST = 19;

    /** What HotSpot names its C2 threads ("C2 CompilerThread0", cut to 15 characters by Linux). */
    private static final String C2_PREFIX = "C2 CompilerThre";

    /** Sets a thread's priority; true if it did. */
    @FunctionalInterface
    interface Renice {
        boolean set(String threadId, int nice);
    }

    private final Path tasks;
    private final Renice renice;

    /**
     * @param tasks  the folder of the process's threads ({@code /proc/self/task})
     * @param renice how a thread's priority is set
     */
    CompilerPriority(Path tasks, Renice renice) {
        this.tasks = tasks;
        this.renice = renice;
    }

    /** For this process: its threads in {@code /proc/self/task}, set with the {@code renice} command. */
    static CompilerPriority ofThisProcess() {
        return new CompilerPriority(Path.of("/proc/self/task"), CompilerPriority::reniceCommand);
    }

    /**
     * Lowers every C2 thread not at the lowest priority yet (the JVM may start one later): cheap
     * when there is none, so it can run after every build.
     *
     * @return how many threads were lowered
     */
    int lower() {
        int lowered = 0;
        for (Path task : tasks()) {
            String name = read(task.resolve("comm"));
            if (name != null && name.startsWith(C2_PREFIX)) {
                Integer nice = nice(read(task.resolve("stat")));
                if (nice != null && nice < LOWEST && renice.set(task.getFileName().toString(), LOWEST)) {
                    lowered++;
                }
            }
        }
        return lowered;
    }

    private List<Path> tasks() {
        if (!Files.isDirectory(tasks)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(tasks)) {
            return s.sorted().toList();
        } catch (IOException | RuntimeException e) {
            return List.of(); // threads come and go: next build tries again
        }
    }

    /** A thread's nice value from its {@code stat} line (field 19), or null if it cannot be read. */
    static Integer nice(String stat) {
        if (stat == null) {
            return null;
        }
        int end = stat.lastIndexOf(')'); // the name, in parentheses, may hold spaces and parentheses
        if (end < 0) {
            return null;
        }
        String[] fields = stat.substring(end + 1).trim().split("\\s+"); // from field 3 (state) on
        try {
            return fields.length > 16 ? Integer.valueOf(fields[16]) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException | RuntimeException e) {
            return null; // the thread ended meanwhile
        }
    }

    /** Sets a thread's priority with the {@code renice} command (util-linux). */
    static boolean reniceCommand(String threadId, int nice) {
        try {
            Process p = new ProcessBuilder("renice", "-n", Integer.toString(nice), "-p", threadId)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false; // no renice here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
