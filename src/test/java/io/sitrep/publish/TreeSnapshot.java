package io.sitrep.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Every file and folder under a root with its kind, content hash and modification time (for tests). */
public final class TreeSnapshot {

    private TreeSnapshot() {
    }

    public static SortedMap<String, String> of(Path root) throws IOException {
        return of(root, p -> true);
    }

    /** @param keep which relative paths to include */
    public static SortedMap<String, String> of(Path root, Predicate<String> keep) throws IOException {
        SortedMap<String, String> out = new TreeMap<>();
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (!keep.test(rel)) {
                    continue;
                }
                String mtime = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toString();
                String what;
                if (Files.isSymbolicLink(p)) {
                    what = "link " + Files.readSymbolicLink(p);
                } else if (Files.isDirectory(p)) {
                    what = "dir";
                } else {
                    what = "file " + sha256(Files.readAllBytes(p));
                }
                out.put(rel.isEmpty() ? "." : rel, what + " " + mtime);
            }
        }
        return out;
    }

    /** Content hash only, no times: to tell what changed. */
    public static Map<String, String> contents(Path root) throws IOException {
        SortedMap<String, String> out = new TreeMap<>();
        of(root).forEach((k, v) -> out.put(k, v.substring(0, v.lastIndexOf(' '))));
        return out;
    }

    /** Sets every modification time under root to a fixed past instant, so a rewrite would show. */
    public static void age(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!Files.isSymbolicLink(p)) {
                    Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
                }
            }
        }
    }

    static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
