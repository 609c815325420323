package io.sitrep.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The indexes of the pack files a process has read, kept for its next builds ({@code serve}):
 * a rebuild at 10,000 articles read and decoded the indexes of 70,000 blobs again, a tenth of a
 * second before loading could start. A pack is written under a temporary name and never changed
 * once renamed into place, so an index is used again only for the same file: same path, inode,
 * size and modification time (a pack deleted and another written under its name differs in
 * inode or time), and only by a store of the same format. Thread-safe.
 */
final class PackIndexes {

    /** Keeps nothing: every store reads its packs' indexes. */
    static final PackIndexes NONE = new PackIndexes(false);

    /** What identifies a pack file's content without reading it. */
    record Stamp(Object inode, long size, FileTime modified) {
        /** The stamp of {@code file}, or null when it cannot be read. */
        static Stamp of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                return new Stamp(a.fileKey(), a.size(), a.lastModifiedTime());
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** A pack's index as a store read it: the pack and its blobs by name, for stores of {@code format}. */
    record Index(Stamp stamp, String format, PackStore.Pack pack, Map<String, PackStore.Located> blobs) {
    }

    private final boolean keeps;
    private final Map<Path, Index> byFile = new ConcurrentHashMap<>();

    private PackIndexes(boolean keeps) {
        this.keeps = keeps;
    }

    /** Keeps the indexes it is given. */
    static PackIndexes kept() {
        return new PackIndexes(true);
    }

    /** The index kept for {@code file} if it is still the file it was read from, else null. */
    Index get(Path file, Stamp stamp, String format) {
        Index index = byFile.get(file);
        return index != null && stamp != null && index.stamp().equals(stamp) && index.format().equals(format)
                ? index : null;
    }

    /** Keeps the index of {@code file} (a copy of {@code blobs}) if this keeps any. */
    void put(Path file, Stamp stamp, String format, PackStore.Pack pack, Map<String, PackStore.Located> blobs) {
        if (keeps && stamp != null) {
            byFile.put(file, new Index(stamp, format, pack, Map.copyOf(blobs)));
        }
    }

    /** Forgets the index of {@code file} (deleted, or read as not whole). */
    void forget(Path file) {
        byFile.remove(Objects.requireNonNull(file));
    }

    /** Number of indexes kept, for tests. */
    int size() {
        return byFile.size();
    }
}
