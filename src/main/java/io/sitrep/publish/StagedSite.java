package io.sitrep.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A build of the site in progress. Files are written into a staging folder inside the output
 * folder ({@code .sitrep/staging}); only {@link #commit()} moves them into place, each with an
 * atomic rename, and removes the files of the previous build that this one did not produce.
 * {@link #abort()} (or a crash) leaves the previous site as it was.
 *
 * <p>A file whose bytes equal those of the previous build is not written at all, so it keeps
 * its modification time. sitrep never writes or deletes outside the output folder and never
 * deletes a file it did not write (the manifest lists those it did).
 */
public final class StagedSite implements SiteOutput, AutoCloseable {

    public static final String STATE_DIR = ".sitrep";

    private final Path root;
    private final Path state;
    private final Path staging;
    private final Manifest previous;
    private final Map<String, String> written = new ConcurrentHashMap<>();
    private final FileChannel lockChannel;
    private final FileLock lock;
    private boolean finished;

    private StagedSite(Path root, Manifest previous, FileChannel lockChannel, FileLock lock) throws IOException {
        this.root = root;
        this.state = root.resolve(STATE_DIR);
        this.staging = state.resolve("staging");
        this.previous = previous;
        this.lockChannel = lockChannel;
        this.lock = lock;
        deleteTree(staging);
        Files.createDirectories(staging);
    }

    /**
     * Opens an output folder for a build.
     *
     * @param force use a non-empty folder that sitrep did not write (its files are kept)
     * @param clean ignore what the previous build wrote (every file is written again)
     */
    public static StagedSite open(Path out, boolean force, boolean clean) throws PublishException {
        Path root = out.toAbsolutePath().normalize();
        try {
            if (Files.exists(root) && !Files.isDirectory(root)) {
                throw new PublishException(out + " is a file, not a folder; choose another --out");
            }
            Path manifestFile = root.resolve(STATE_DIR).resolve("manifest.json");
            Manifest previous = Manifest.read(manifestFile);
            if (previous == null && !force && isNonEmpty(root) && !Files.isDirectory(root.resolve(STATE_DIR))) {
                throw new PublishException(out + " holds files that sitrep did not write; "
                        + "choose an empty or new folder with --out, or pass --force to build into it anyway");
            }
            Files.createDirectories(root.resolve(STATE_DIR));
            FileChannel channel = FileChannel.open(root.resolve(STATE_DIR).resolve("lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new PublishException("another sitrep build is writing " + out
                        + "; wait for it to finish and run again");
            }
            Manifest base = previous == null || clean ? Manifest.empty() : previous;
            return new StagedSite(root, base, channel, lock);
        } catch (IOException e) {
            throw new PublishException("cannot write to " + out + ": " + e.getMessage()
                    + "; check that the folder is writable", e);
        }
    }

    private static boolean isNonEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isPresent();
        }
    }

    /** The output folder. */
    public Path root() {
        return root;
    }

    /** The state folder inside the output folder, for caches of later stages. */
    public Path stateDir() {
        return state;
    }

    @Override
    public void write(String path, byte[] content) throws IOException {
        String rel = SafePaths.check(path);
        String hash = sha256(content);
        if (written.putIfAbsent(rel, hash) != null) {
            throw new IllegalStateException("two pages want the same file " + rel);
        }
        Path target = root.resolve(rel);
        if (hash.equals(previous.files().get(rel)) && Files.isRegularFile(target)
                && Files.size(target) == content.length) {
            return; // unchanged: keep the file and its modification time
        }
        Path file = staging.resolve(rel);
        Files.createDirectories(file.getParent());
        Files.write(file, content);
    }

    /** Number of files this build produced (written or kept). */
    public int fileCount() {
        return written.size();
    }

    /** Moves the staged files into place and removes what the previous build wrote but this one did not. */
    public Summary commit() throws PublishException {
        int replaced = 0;
        int removed = 0;
        try {
            try (Stream<Path> files = Files.walk(staging)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    Path target = root.resolve(staging.relativize(f).toString());
                    if (Files.isDirectory(target)) {
                        deleteTree(target); // a folder that became a file
                    }
                    Files.createDirectories(target.getParent());
                    Files.move(f, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    replaced++;
                }
            }
            for (String old : previous.files().keySet()) {
                if (!written.containsKey(old)) {
                    Path target = root.resolve(SafePaths.check(old));
                    if (Files.deleteIfExists(target)) {
                        removed++;
                    }
                    removeEmptyParents(target.getParent());
                }
            }
            new Manifest(new TreeMap<>(written)).write(state.resolve("manifest.json"));
            deleteTree(staging);
            finished = true;
            return new Summary(written.size(), replaced, removed);
        } catch (IOException e) {
            throw new PublishException("could not publish into " + root + ": " + e.getMessage(), e);
        }
    }

    /** Throws away the staged files; the previous site stays as it was. */
    public void abort() {
        try {
            deleteTree(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            finished = true;
        }
    }

    @Override
    public void close() {
        if (!finished) {
            abort();
        }
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
    }

    private void removeEmptyParents(Path dir) throws IOException {
        while (dir != null && dir.startsWith(root) && !dir.equals(root)) {
            try {
                Files.delete(dir);
            } catch (DirectoryNotEmptyException | java.nio.file.NoSuchFileException e) {
                return;
            }
            dir = dir.getParent();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a commit did. */
    public record Summary(int files, int written, int removed) {
    }

    /** For tests and tools: the manifest of an output folder, or an empty one. */
    public static SortedMap<String, String> manifestOf(Path out) {
        Manifest m = Manifest.read(out.resolve(STATE_DIR).resolve("manifest.json"));
        return m == null ? new TreeMap<>() : m.files();
    }
}
