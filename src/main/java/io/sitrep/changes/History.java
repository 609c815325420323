package io.sitrep.changes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The history of changes across builds, kept in the state folder ({@code .sitrep/history.json}):
 * the snapshot of the last build and the builds that changed something, newest first. It holds
 * no clock time, so the same sequence of builds gives the same history and pages.
 *
 * @param builds at most {@link #KEPT} builds, newest first
 */
public record History(String format, int lastNumber, Snapshot snapshot, List<BuildRecord> builds) {

    public static final String FILE = "history.json";
    static final String FORMAT = "sitrep-history-1";
    /** Builds kept in the history. */
    static final int KEPT = 100;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public History {
        builds = List.copyOf(builds == null ? List.of() : builds);
    }

    /** The history in {@code stateDir}, or null when there is none or it cannot be trusted. */
    public static History read(Path stateDir) {
        Path file = stateDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            History h = JSON.readValue(Files.readAllBytes(file), History.class);
            return h != null && FORMAT.equals(h.format()) && h.snapshot() != null ? h : null;
        } catch (IOException | JacksonException | IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    /** Writes the history into {@code stateDir} through a temporary file, so it is never torn. */
    public void write(Path stateDir) throws IOException {
        Files.createDirectories(stateDir);
        Path tmp = stateDir.resolve(FILE + ".tmp");
        Files.write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this));
        Files.move(tmp, stateDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
