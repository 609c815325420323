package io.sitrep.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The previous versions of the files a commit replaces, held as second links in a folder of the
 * state folder ({@code .sitrep/replaced/build-…}) until {@link #delete()}.
 *
 * <p>Why: on ext4, renaming a new file over an old one frees the old file's blocks and drops its
 * cached pages inside the rename, 35–45 ms for one of the 45 MB data files of a 10,000-article
 * briefing, and a rebuild after one new article replaces about 260 MB of them, so the commit
 * spent 0.3–0.5 s there. While a second link holds the old file, the rename only swaps names
 * (once {@link EarlyFlush} has put the new file on disk: else ext4 writes it out inside the
 * rename); the old bytes are freed by {@link #delete()}, once the new site is in place. Where links cannot
 * be made, the rename frees the old file as before. Nothing here is ever read: a folder left
 * behind by a crash is deleted by the next build ({@link #deleteLeftovers}).
 */
public final class ReplacedFiles {

    private final Path parent;
    private Path dir;
    private int count;

    /** @param parent the folder that holds one folder of replaced files per build */
    ReplacedFiles(Path parent) {
        this.parent = parent;
    }

    /** Keeps the file at {@code target}, if there is one, until {@link #delete()}: call before renaming over it. */
    void keep(Path target) {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            if (dir == null) {
                Files.createDirectories(parent);
                dir = Files.createTempDirectory(parent, "build-");
            }
            Files.createLink(dir.resolve(Integer.toString(count++)), target);
        } catch (IOException | UnsupportedOperationException e) {
            // no second link: the rename frees the old file itself
        }
    }

    /** Number of files kept. */
    int count() {
        return count;
    }

    /** Deletes the files kept and their folder; what cannot be deleted now is left to the next build. */
    public void delete() {
        if (dir != null) {
            deleteQuietly(dir);
            dir = null;
        }
        try {
            Files.deleteIfExists(parent); // only when no other build's folder is in it
        } catch (IOException e) {
            // not empty: another build's files, deleted by that build or the next one
        }
    }

    /** Deletes what earlier builds kept and did not delete (a crash, or a process stopped meanwhile). */
    static void deleteLeftovers(Path parent) {
        if (Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
            deleteQuietly(parent);
        }
    }

    /** Deletes a folder of plain files, or as much of it as can be: another process may be deleting it too. */
    private static void deleteQuietly(Path folder) {
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left for the next build
                }
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // gone already, or left for the next build
        }
    }
}
