package io.sitrep.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A build of the site in progress. Files are written into a staging folder inside the output
 * folder ({@code .sitrep/staging}); only {@link #commit()} moves them into place, each with an
 * atomic rename, and removes the files of the previous build that this one did not produce.
 * {@link #abort()} (or a crash) leaves the previous site as it was: every file, its bytes and
 * modification time. An aborted first build removes the folders it created.
 *
 * <p>A file whose bytes equal those already in place is not written at all, so it keeps its
 * modification time; a build that changes nothing changes nothing on disk. sitrep never writes
 * or deletes outside the output folder (no path may leave it or pass through a link inside
 * it), and never deletes a file it did not write (the manifest lists those it did).
 */
public final class StagedSite implements SiteOutput, AutoCloseable {

    public static final String STATE_DIR = ".sitrep";
    private static final String REPLACED_DIR = "replaced";

    private final Path root;
    private final Path state;
    private final Path staging;
    private final Manifest previous;
    /** {@code --clean}: nothing of the previous build is kept, but what it wrote is still removed if not written again. */
    private final boolean clean;
    private final boolean manifestOnDisk;
    private final KeptFile<Manifest> manifests;
    private final Map<String, String> written = new ConcurrentHashMap<>();
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    /** The files written into the staging folder (the others are kept as they are). */
    private final Set<String> stagedFiles = ConcurrentHashMap.newKeySet();
    /** Large staged files go to disk while the build goes on, not in the commit's renames. */
    private final EarlyFlush flush = new EarlyFlush();
    /** What the commit replaced, until deleted at {@link #close()} or by whoever {@link #takeReplaced() takes} them. */
    private ReplacedFiles replaced;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final List<Path> createdForThisBuild;
    private boolean finished;
    private boolean committed;

    private StagedSite(Path root, Manifest previous, boolean clean, boolean manifestOnDisk,
                       KeptFile<Manifest> manifests, FileChannel lockChannel, FileLock lock, List<Path> created) {
        this.root = root;
        this.state = root.resolve(STATE_DIR);
        this.staging = state.resolve("staging");
        this.previous = previous;
        this.clean = clean;
        this.manifestOnDisk = manifestOnDisk;
        this.manifests = manifests;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.createdForThisBuild = created;
    }

    /**
     * Opens an output folder for a build.
     *
     * @param force use a non-empty folder that sitrep did not write (its files are kept, but
     *              files of the same name as the site's are replaced)
     * @param clean keep nothing the previous build wrote (every file is written again); what it
     *              wrote and this build does not is removed all the same
     */
    public static StagedSite open(Path out, boolean force, boolean clean) throws PublishException {
        return open(out, force, clean, new KeptFile<>());
    }

    /**
     * As {@link #open(Path, boolean, boolean)}, taking the manifest from {@code manifests} when
     * its file is the one a build of this process left, and leaving the new one there.
     */
    public static StagedSite open(Path out, boolean force, boolean clean, KeptFile<Manifest> manifests)
            throws PublishException {
        Path root = out.toAbsolutePath().normalize();
        Path stateDir = root.resolve(STATE_DIR);
        Manifest manifest = manifests.read(stateDir.resolve("manifest.json"), Manifest::read); // once: 2 MB at 10,000
        OutputFolder.checkUsable(out, force, manifest != null);
        List<Path> created = new ArrayList<>();
        FileChannel channel = null;
        try {
            for (Path p = stateDir.resolve("staging"); p != null && !Files.exists(p); p = p.getParent()) {
                created.add(0, p);
            }
            Files.createDirectories(stateDir.resolve("staging"));
            channel = FileChannel.open(stateDir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new PublishException(out, PublishException.Kind.FAILED,
                        "another sitrep build is writing into this folder", "wait for it to finish and run again", null);
            }
            Folders.empty(stateDir.resolve("staging")); // what a crashed build left
            ReplacedFiles.deleteLeftovers(stateDir.resolve(REPLACED_DIR));
            Manifest base = manifest == null ? Manifest.empty() : manifest;
            return new StagedSite(root, base, clean, manifest != null, manifests, channel, lock, created);
        } catch (IOException e) {
            closeQuietly(channel);
            removeCreated(created);
            throw new PublishException(out, PublishException.Kind.FAILED, "cannot write into the output folder: "
                    + describe(e), "check that the folder and its parents are writable, or choose another --out", e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by this process
        }
    }

    static String describe(IOException e) {
        String what = e instanceof AccessDeniedException ? "permission denied"
                : e instanceof NoSuchFileException ? "no such file or folder"
                : e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getClass().getSimpleName();
        String file = e instanceof java.nio.file.FileSystemException f ? f.getFile() : e.getMessage();
        return file == null ? what : what + " (" + file + ")";
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
        write(path, List.of(content));
    }

    /** Writes the parts one after another, never joined into one array (and compares them so too). */
    public void write(String path, List<byte[]> parts) throws IOException {
        String rel = SafePaths.check(path);
        String fingerprint = FileFingerprint.of(parts);
        if (written.putIfAbsent(rel, fingerprint) != null) {
            throw new IllegalStateException("two pages want the same file " + rel);
        }
        String before = clean ? null : previous.files().get(rel);
        boolean maybeSame = fingerprint.equals(before) || FileFingerprint.isLegacy(before);
        if (maybeSame && sameBytes(root.resolve(rel), parts)) {
            return; // unchanged: keep the file and its modification time
        }
        Path file = staging.resolve(rel);
        Files.createDirectories(file.getParent());
        stagedFiles.add(rel);
        long length = 0;
        if (parts.size() == 1) {
            Files.write(file, parts.get(0));
            length = parts.get(0).length;
        } else {
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                for (byte[] part : parts) {
                    out.write(part);
                    length += part.length;
                }
            }
        }
        flush.staged(file, length);
    }

    /**
     * Writes the bytes {@code content} makes straight into the staging folder, taking their
     * fingerprint on the way; none of them is held. When they turn out to be the bytes already in
     * place (same fingerprint, then compared), the staged copy is dropped and the file keeps its
     * modification time. Before, the data exports were held in parts until written: at 10,000
     * articles up to 75 MB at once, which lived through young collections into the old
     * generation in every {@code serve} rebuild.
     */
    @Override
    public void write(String path, Content content) throws IOException {
        String rel = SafePaths.check(path);
        if (written.putIfAbsent(rel, "") != null) {
            throw new IllegalStateException("two pages want the same file " + rel);
        }
        Path file = staging.resolve(rel);
        Files.createDirectories(file.getParent());
        Fingerprinting out = new Fingerprinting(Files.newOutputStream(file));
        try (out) {
            content.writeTo(out);
        }
        String fingerprint = out.fingerprint();
        written.put(rel, fingerprint);
        String before = clean ? null : previous.files().get(rel);
        Path target = root.resolve(rel);
        if ((fingerprint.equals(before) || FileFingerprint.isLegacy(before))
                && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.mismatch(file, target) == -1) {
            Files.delete(file); // unchanged: keep the file in place and its modification time
            return;
        }
        stagedFiles.add(rel);
        flush.staged(file, out.length());
    }

    /** A buffered file stream that takes the length and CRC-32C of what goes through it. */
    private static final class Fingerprinting extends java.io.BufferedOutputStream {
        private final java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        private long length;

        Fingerprinting(java.io.OutputStream file) {
            super(file, 1 << 16);
        }

        @Override
        public synchronized void write(int b) throws IOException {
            crc.update(b);
            length++;
            super.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            crc.update(b, off, len);
            length += len;
            super.write(b, off, len);
        }

        String fingerprint() {
            return FileFingerprint.of(length, crc.getValue());
        }

        long length() {
            return length;
        }
    }

    /**
     * Keeps the previous build's file when the manifest records the same key for it and the file
     * is still there; its bytes are not read again. {@code --clean} ignores every key.
     */
    @Override
    public boolean reuse(String path, String key) throws IOException {
        String rel = SafePaths.check(path);
        String hash = clean ? null : previous.files().get(rel);
        if (hash == null || !key.equals(previous.keys().get(rel))
                || !Files.isRegularFile(root.resolve(rel), LinkOption.NOFOLLOW_LINKS)) {
            keys.put(rel, key);
            return false;
        }
        if (written.putIfAbsent(rel, hash) != null) {
            throw new IllegalStateException("two pages want the same file " + rel);
        }
        keys.put(rel, key);
        return true;
    }

    /** Whether the file holds the bytes of {@code parts}, read a block at a time. */
    static boolean sameBytes(Path target, List<byte[]> parts) throws IOException {
        long length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) || Files.size(target) != length) {
            return false;
        }
        byte[] block = new byte[1 << 16]; // compared a block at a time, not read into a copy of each part
        try (java.io.InputStream in = Files.newInputStream(target)) {
            for (byte[] part : parts) {
                for (int at = 0; at < part.length; ) {
                    int n = in.readNBytes(block, 0, Math.min(block.length, part.length - at));
                    if (n == 0 || !Arrays.equals(block, 0, n, part, at, at + n)) {
                        return false;
                    }
                    at += n;
                }
            }
            return in.read() == -1;
        }
    }

    /** Number of files this build produced (written or kept). */
    public int fileCount() {
        return written.size();
    }

    /**
     * Moves the staged files into place and removes what the previous build wrote but this one
     * did not. Every target is checked before the first file moves, so a refused target leaves
     * the previous site as it was.
     */
    public Summary commit() throws PublishException {
        if (finished) {
            throw new IllegalStateException("already committed or aborted");
        }
        try {
            SortedMap<String, Path> staged = new TreeMap<>();
            for (String rel : stagedFiles) {
                staged.put(rel, staging.resolve(rel));
            }
            List<String> obsolete = previous.files().keySet().stream().filter(p -> !written.containsKey(p)).toList();
            for (String rel : staged.keySet()) {
                checkNoLinkOnTheWay(rel);
                checkFolderIsOurs(rel);
            }
            for (String rel : obsolete) {
                checkNoLinkOnTheWay(rel);
            }
            replaced = new ReplacedFiles(state.resolve(REPLACED_DIR));
            for (var e : staged.entrySet()) {
                Path target = root.resolve(e.getKey());
                if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    Folders.deleteTree(target); // a folder that became a file
                }
                Files.createDirectories(target.getParent());
                replaced.keep(target);
                Files.move(e.getValue(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            int removed = 0;
            for (String rel : obsolete) {
                Path target = root.resolve(rel);
                if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(target)) {
                    removed++;
                }
                removeEmptyParents(target.getParent());
            }
            Manifest now = new Manifest(new TreeMap<>(written), new TreeMap<>(keys));
            if (!manifestOnDisk || !now.equals(previous)) {
                manifests.write(state.resolve("manifest.json"), now, Manifest::write);
            }
            Folders.empty(staging);
            finished = true;
            committed = true;
            return new Summary(written.size(), staged.size(), removed);
        } catch (IOException e) {
            throw new PublishException(root, PublishException.Kind.FAILED, "could not publish into the output folder: "
                    + describe(e), "check that the folder is writable and the disk not full, then build again", e);
        }
    }

    /** Refuses a site path whose folders inside the output folder include a link: it could lead outside. */
    private void checkNoLinkOnTheWay(String rel) throws PublishException {
        Path p = root;
        String[] segments = rel.split("/");
        for (int i = 0; i < segments.length; i++) {
            p = p.resolve(segments[i]);
            if (Files.isSymbolicLink(p)) {
                throw new PublishException(p, PublishException.Kind.REFUSED, "is a link; sitrep does not write "
                        + "through links, which could lead outside the output folder",
                        "remove the link " + p + ", or build into another folder", null);
            }
        }
    }

    /** A folder that must become a file may only be removed if sitrep wrote everything in it. */
    private void checkFolderIsOurs(String rel) throws IOException, PublishException {
        Path target = root.resolve(rel);
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var s = Files.walk(target)) {
            for (Path p : s.filter(f -> !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)).toList()) {
                if (!previous.files().containsKey(root.relativize(p).toString().replace('\\', '/'))) {
                    throw new PublishException(target, PublishException.Kind.REFUSED, "the site needs a file here, "
                            + "but it is a folder holding files sitrep did not write", "move the folder away", null);
                }
            }
        }
    }

    /** Throws away the staged files; the previous site stays as it was. */
    public void abort() {
        try {
            Folders.empty(staging);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            finished = true;
        }
    }

    /**
     * The previous versions of the files the commit replaced, for the caller to delete when it
     * suits it (after the commit, the site no longer needs them); null before a commit.
     * Otherwise {@link #close()} deletes them.
     */
    public ReplacedFiles takeReplaced() {
        ReplacedFiles taken = replaced;
        replaced = null;
        return taken;
    }

    @Override
    public void close() {
        flush.close();
        if (!finished) {
            abort();
        }
        if (replaced != null) {
            replaced.delete();
            replaced = null;
        }
        try {
            lock.release();
        } catch (IOException ignored) {
            // the lock goes with the channel and the process anyway
        }
        closeQuietly(lockChannel);
        if (!committed) {
            removeCreated(createdForThisBuild);
        }
    }

    /** Removes the folders an aborted build created, deepest first, each only if it holds nothing else. */
    private static void removeCreated(List<Path> created) {
        for (int i = created.size() - 1; i >= 0; i--) {
            Path dir = created.get(i);
            try {
                if (dir.getFileName().toString().equals(STATE_DIR)) {
                    Files.deleteIfExists(dir.resolve("lock"));
                }
                Files.deleteIfExists(dir);
            } catch (IOException e) {
                return; // not empty or not ours to remove: leave it
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing left to do
        }
    }

    private void removeEmptyParents(Path dir) throws IOException {
        while (dir != null && dir.startsWith(root) && !dir.equals(root)) {
            try {
                Files.delete(dir);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                return;
            }
            dir = dir.getParent();
        }
    }

    /**
     * What a commit did.
     *
     * @param files   files of the site
     * @param written files written (new or changed)
     * @param removed files of the previous build removed
     */
    public record Summary(int files, int written, int removed) {
    }

    /** For tests and tools: the manifest of an output folder, or an empty one. */
    public static SortedMap<String, String> manifestOf(Path out) {
        Manifest m = Manifest.read(out.resolve(STATE_DIR).resolve("manifest.json"));
        return m == null ? new TreeMap<>() : m.files();
    }
}
