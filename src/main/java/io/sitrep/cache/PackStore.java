package io.sitrep.cache;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * Named blobs (cache entries, rendered bodies) kept in a few pack files in one folder rather
 * than one file each.
 *
 * <p>Why: a full build of 10,000 articles wrote 20,000 small cache files, each a new inode, and
 * inode allocation was the kernel's largest share of the build (perf: {@code ext4} inode
 * search); a rebuild opened, read and closed 10,000 of them. Written here because what is
 * needed is small (append during a build, read by name, drop what the build no longer uses) and
 * the embedded key-value stores that do it (RocksDB, LMDB, MapDB) bring native code or far
 * more than that.
 *
 * <p>A pack is a header (magic and format), the blobs one after the other, then its index (each
 * blob's name, offset, length and CRC-32C), the index's offset and the magic again. A build
 * that adds blobs appends them to one new pack under a temporary name, renamed into place once
 * its index is written: a pack cut short by a crash has no footer and is never read, and a
 * blob whose checksum fails reads as missing. {@link #finish(Set)}, after a committed build,
 * deletes the packs none of whose blobs is still used and copies the used blobs of packs that
 * are mostly unused into the new pack, so the folder stays within about twice what is used.
 * Thread-safe.
 */
final class PackStore {

    private static final int MAGIC = 0x53525043; // "SRPC"
    private static final String SUFFIX = ".pack";
    private static final Pattern NAME = Pattern.compile("pack-(\\d+)\\.pack");

    /** Where a blob is. */
    record Located(Pack pack, long offset, int length, int crc) {
    }

    /**
     * One pack file, opened for reading when first read. Stores of later builds of the process
     * may share it ({@link PackIndexes}): closed by one, it is opened again by the next read.
     */
    static final class Pack {
        final Path file;
        private FileChannel channel;

        Pack(Path file, FileChannel channel) {
            this.file = file;
            this.channel = channel;
        }

        synchronized FileChannel channel() throws IOException {
            if (channel == null) {
                channel = FileChannel.open(file, StandardOpenOption.READ);
            }
            return channel;
        }

        synchronized void close() {
            try {
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException ignored) {
                // reading is over
            }
            channel = null;
        }
    }

    private final Path dir;
    private final byte[] header;
    private final String format;
    private final PackIndexes indexes;
    private final Map<String, Located> blobs;
    private final List<Pack> packs = new ArrayList<>();
    private final Map<String, Located> added = new LinkedHashMap<>();
    private Pack writing;
    private long writeAt;
    private int nextNumber = 1;

    /**
     * @param format       packs of another format are not read (and are deleted by {@link #finish})
     * @param readExisting false to read nothing earlier builds left
     */
    PackStore(Path dir, String format, boolean readExisting) {
        this(dir, format, readExisting, PackIndexes.NONE);
    }

    /**
     * @param indexes what the last store of this folder in this process left, if it is still
     *                what the folder holds (then no index is read), and where this store leaves its own
     */
    PackStore(Path dir, String format, boolean readExisting, PackIndexes indexes) {
        this.dir = dir;
        this.format = format;
        this.indexes = indexes;
        byte[] f = format.getBytes(StandardCharsets.UTF_8);
        this.header = ByteBuffer.allocate(8 + f.length).putInt(MAGIC).putInt(f.length).put(f).array();
        List<Path> packFiles = new ArrayList<>();
        for (Path file : files()) {
            Matcher m = NAME.matcher(file.getFileName().toString());
            if (m.matches()) {
                nextNumber = Math.max(nextNumber, Integer.parseInt(m.group(1)) + 1);
                packFiles.add(file);
            }
        }
        PackIndexes.Handover left = indexes.take(dir, format, packFiles);
        if (readExisting && left != null) {
            blobs = left.blobs();
            packs.addAll(left.packs());
        } else {
            blobs = new ConcurrentHashMap<>();
            if (readExisting) {
                packFiles.forEach(this::readIndex);
            }
        }
    }

    /** The blob named {@code name}, or null when there is none or it does not read back whole. */
    byte[] read(String name) {
        Located at = blobs.get(name);
        if (at == null) {
            return null;
        }
        try {
            byte[] bytes = readFully(at.pack().channel(), at.offset(), at.length());
            return crc(bytes) == at.crc() ? bytes : null;
        } catch (IOException e) {
            return null;
        }
    }

    boolean contains(String name) {
        return blobs.containsKey(name);
    }

    /** Number of blobs that can be read. */
    int size() {
        return blobs.size();
    }

    /** Adds or replaces a blob, appended to this build's pack. */
    synchronized void put(String name, byte[] blob) throws IOException {
        if (writing == null) {
            Files.createDirectories(dir);
            Path tmp = dir.resolve("pack-" + nextNumber + SUFFIX + ".tmp");
            FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE, StandardOpenOption.READ);
            writing = new Pack(tmp, channel);
            writeAt = writeFully(channel, 0, header);
        }
        Located at = new Located(writing, writeAt, blob.length, crc(blob));
        writeAt = writeFully(writing.channel(), writeAt, blob);
        added.put(name, at);
        blobs.put(name, at);
    }

    /**
     * Writes this build's pack whole (its index and footer) and renames it into place; keeps
     * every other pack. For a build that ends without being committed.
     */
    synchronized void flush() throws IOException {
        if (writing == null) {
            return;
        }
        FileChannel channel = writing.channel();
        long indexAt = writeAt;
        ByteBuffer index = index();
        writeFully(channel, indexAt, index.array());
        writeFully(channel, indexAt + index.capacity(), ByteBuffer.allocate(12).putLong(indexAt).putInt(MAGIC).array());
        Path done = dir.resolve("pack-" + nextNumber + SUFFIX);
        Files.move(writing.file, done, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Pack written = new Pack(done, channel);
        added.replaceAll((name, at) -> new Located(written, at.offset(), at.length(), at.crc()));
        blobs.putAll(added);
        packs.add(written);
        writing = null;
        added.clear();
        nextNumber++;
    }

    /**
     * After a committed build: keeps the blobs named in {@code live} and lets the others go.
     * Packs with no live blob are deleted, packs whose live blobs are under half their bytes are
     * copied (their live blobs) into the new pack and deleted, and anything else in the folder
     * (temporary files of a crash, files of an older layout) is removed.
     */
    synchronized void finish(Set<String> live) throws IOException {
        Map<Pack, Long> liveBytes = new HashMap<>();
        Map<Pack, Long> allBytes = new HashMap<>();
        for (var e : blobs.entrySet()) {
            Located at = e.getValue();
            allBytes.merge(at.pack(), (long) at.length(), Long::sum);
            if (live.contains(e.getKey())) {
                liveBytes.merge(at.pack(), (long) at.length(), Long::sum);
            }
        }
        List<Pack> dropped = new ArrayList<>();
        for (Pack p : packs) {
            long used = liveBytes.getOrDefault(p, 0L);
            if (used * 2 < allBytes.getOrDefault(p, 0L) || used == 0) {
                dropped.add(p);
            }
        }
        for (var e : List.copyOf(blobs.entrySet())) { // the live blobs of packs that go, into this build's pack
            if (dropped.contains(e.getValue().pack()) && live.contains(e.getKey())) {
                byte[] blob = read(e.getKey());
                if (blob != null) {
                    put(e.getKey(), blob);
                }
            }
        }
        flush();
        Map<String, Located> onDisk = null; // every blob of the packs that stay, as the next store would read them
        if (indexes.keeps()) {
            onDisk = new ConcurrentHashMap<>(blobs.size() * 4 / 3 + 16);
            for (var e : blobs.entrySet()) {
                if (!dropped.contains(e.getValue().pack())) {
                    onDisk.put(e.getKey(), e.getValue());
                }
            }
        }
        blobs.keySet().retainAll(live);
        for (Pack p : dropped) {
            p.close();
            packs.remove(p);
        }
        Set<Path> kept = new java.util.HashSet<>();
        packs.forEach(p -> kept.add(p.file));
        for (Path f : files()) {
            if (!kept.contains(f) && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                Files.delete(f);
            }
        }
        if (onDisk != null) {
            handOver(onDisk);
        }
    }

    /** Leaves this folder's packs and blobs to the next store of this process (which takes the map). */
    private void handOver(Map<String, Located> onDisk) {
        Map<Path, PackIndexes.Stamp> stamps = new HashMap<>();
        for (Pack p : packs) {
            PackIndexes.Stamp stamp = PackIndexes.Stamp.of(p.file);
            if (stamp == null) {
                return; // the next store reads the folder
            }
            stamps.put(p.file, stamp);
        }
        indexes.keep(dir, new PackIndexes.Handover(format, Map.copyOf(stamps), List.copyOf(packs), onDisk));
    }

    /** Closes the files; nothing can be read afterwards. */
    synchronized void close() {
        packs.forEach(Pack::close);
        if (writing != null) {
            writing.close();
        }
    }

    /** Total bytes of the pack files, for tests and reports. */
    long diskBytes() throws IOException {
        long total = 0;
        for (Path f : files()) {
            total += Files.size(f);
        }
        return total;
    }

    private ByteBuffer index() {
        List<byte[]> names = new ArrayList<>();
        int size = 4;
        for (String name : added.keySet()) {
            byte[] n = name.getBytes(StandardCharsets.UTF_8);
            names.add(n);
            size += 4 + n.length + 8 + 4 + 4;
        }
        ByteBuffer index = ByteBuffer.allocate(size).putInt(added.size());
        int i = 0;
        for (Located at : added.values()) {
            byte[] n = names.get(i++);
            index.putInt(n.length).put(n).putLong(at.offset()).putInt(at.length()).putInt(at.crc());
        }
        return index;
    }

    /** Reads the index of a whole pack of this format; a pack that is not is skipped. */
    private void readIndex(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < header.length + 16) {
                return;
            }
            ByteBuffer head = ByteBuffer.wrap(readFully(channel, 0, header.length));
            ByteBuffer foot = ByteBuffer.wrap(readFully(channel, size - 12, 12));
            long indexAt = foot.getLong();
            if (!head.equals(ByteBuffer.wrap(header)) || foot.getInt() != MAGIC || indexAt < header.length
                    || indexAt > size - 16) {
                return;
            }
            ByteBuffer index = ByteBuffer.wrap(readFully(channel, indexAt, (int) (size - 12 - indexAt)));
            Pack pack = new Pack(file, null);
            Map<String, Located> found = new HashMap<>();
            int count = index.getInt();
            for (int i = 0; i < count; i++) {
                byte[] name = new byte[index.getInt()];
                index.get(name);
                Located at = new Located(pack, index.getLong(), index.getInt(), index.getInt());
                if (at.offset() < header.length || at.length() < 0 || at.offset() + at.length() > indexAt) {
                    return;
                }
                found.put(new String(name, StandardCharsets.UTF_8), at);
            }
            blobs.putAll(found);
            packs.add(pack);
        } catch (IOException | RuntimeException e) {
            // not a whole pack: its blobs are made again
        }
    }

    private List<Path> files() {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static byte[] readFully(FileChannel channel, long at, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, at + buffer.position()) < 0) {
                throw new IOException("pack ends early");
            }
        }
        return buffer.array();
    }

    private static long writeFully(FileChannel channel, long at, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer, at + buffer.position());
        }
        return at + bytes.length;
    }

    private static int crc(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length);
        return (int) crc.getValue();
    }
}
