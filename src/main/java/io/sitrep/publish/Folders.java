package io.sitrep.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/** Deleting folders inside the output folder: links are deleted, never followed. */
final class Folders {

    private Folders() {
    }

    /** Deletes what is inside {@code dir} but keeps the folder (and so the modification time of its parent). */
    static void empty(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var s = Files.list(dir)) {
            for (Path p : s.toList()) {
                deleteTree(p);
            }
        }
    }

    /** Deletes {@code dir} and everything in it, or the file or link it is. */
    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            try (var s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    deleteTree(p);
                }
            }
        }
        Files.delete(dir); // a link is deleted, never followed
    }
}
