package io.sitrep.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link ContentKey}s of files, remembered with each file's size, modification time and
 * identity (inode), so that a process that builds again and again ({@code serve}) hashes only
 * the files that changed: the check make, git and Hugo rely on. At 10,000 articles a rebuild
 * read and hashed every file twice (the build's inputs, then the loader).
 *
 * <p>As in git, a file whose modification time is within {@link #RACY} of its hashing is hashed
 * again at every look-up: an edit in the same tick of the clock that keeps the size would
 * otherwise go unseen. What is not caught is a file rewritten with the same size and its
 * modification time set back by hand; {@code --clean} or a new process reads everything.
 * Stamps live from one {@link #startBuild()} to the end of the next build: those of files no
 * build asks for any more are let go.
 */
public final class FileKeys {

    static final Duration RACY = Duration.ofSeconds(2);

    /** A file's key, and its bytes when they had to be read (null when the key was remembered). */
    public record Keyed(String key, byte[] bytes) {
    }

    private record Stamp(long size, FileTime modified, Object identity, Instant hashedAt, String key) {
    }

    private final Clock clock;
    private volatile Map<Path, Stamp> previous = Map.of();
    private volatile Map<Path, Stamp> current = new ConcurrentHashMap<>();

    public FileKeys() {
        this(Clock.systemUTC());
    }

    FileKeys(Clock clock) {
        this.clock = clock;
    }

    /** Starts a build: stamps are kept from the build before this one only. */
    public synchronized void startBuild() {
        previous = current;
        current = new ConcurrentHashMap<>();
    }

    /** The key of the bytes of {@code file} (links followed), read only if its stamp does not vouch for them. */
    public Keyed of(Path file) throws IOException {
        BasicFileAttributes seen = Files.readAttributes(file, BasicFileAttributes.class);
        Path at = file.toAbsolutePath().normalize();
        Map<Path, Stamp> now = current;
        Stamp s = now.get(at);
        if (s == null) {
            s = previous.get(at);
        }
        if (s != null && s.size() == seen.size() && s.modified().equals(seen.lastModifiedTime())
                && Objects.equals(s.identity(), seen.fileKey())
                && seen.lastModifiedTime().toInstant().isBefore(s.hashedAt().minus(RACY))) {
            now.put(at, s);
            return new Keyed(s.key(), null);
        }
        Instant hashedAt = clock.instant(); // before reading: a write during the read leaves the file racy
        byte[] bytes = Files.readAllBytes(file);
        String key = ContentKey.of(bytes);
        now.put(at, new Stamp(seen.size(), seen.lastModifiedTime(), seen.fileKey(), hashedAt, key));
        return new Keyed(key, bytes);
    }
}
