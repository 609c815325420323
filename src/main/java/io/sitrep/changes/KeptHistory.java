package io.sitrep.changes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * The history as this process last read or wrote it, with the stamp (size, modification time,
 * identity) its file had then: a process that builds again and again ({@code serve}) parses the
 * file again only when something else changed it. After a hundred builds at 10,000 articles the
 * file is 3.9 MB of JSON, and reading it was 5 % of a {@code serve} rebuild.
 */
public final class KeptHistory {

    private record Kept(Path file, Object stamp, History history) {
    }

    private volatile Kept kept;

    /** As {@link History#read}, from memory when the file is the one this process last saw. */
    public History read(Path stateDir) {
        Path file = stateDir.resolve(History.FILE);
        Object stamp = stamp(file); // before reading: a file changed meanwhile has another stamp next time
        Kept k = kept;
        if (k != null && stamp != null && k.file().equals(file) && k.stamp().equals(stamp)) {
            return k.history();
        }
        History history = History.read(stateDir);
        kept = history == null || stamp == null ? null : new Kept(file, stamp, history);
        return history;
    }

    /** As {@link History#write}, remembering what was written. */
    public void write(Path stateDir, History history) throws IOException {
        kept = null;
        history.write(stateDir);
        Path file = stateDir.resolve(History.FILE);
        Object stamp = stamp(file);
        kept = stamp == null ? null : new Kept(file, stamp, history);
    }

    private static Object stamp(Path file) {
        try {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return List.of(a.size(), a.lastModifiedTime(), String.valueOf(a.fileKey()));
        } catch (IOException e) {
            return null;
        }
    }
}
