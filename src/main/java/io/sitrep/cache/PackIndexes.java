package io.sitrep.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a process's last cache store knew of its folder, handed to the store of its next build
 * ({@code serve}): a rebuild at 10,000 articles read and decoded the indexes of 70,000 blobs
 * again, and even putting the indexes of the previous build into a new map took a tenth of a
 * second before loading could start. A store hands its map over after its build (on the thread
 * that keeps the cache, after the commit), and the next store takes it only if the folder's packs
 * are exactly the ones it describes: same names, inodes, sizes and modification times (packs
 * are never changed once in place), and the same format. Thread-safe.
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

    /**
     * A folder's packs as a store left them: their stamps, and every blob in them by name (a map
     * the store no longer uses, which the next store takes as its own).
     */
    record Handover(String format, Map<Path, Stamp> files, List<PackStore.Pack> packs,
                    Map<String, PackStore.Located> blobs) {
    }

    private final boolean keeps;
    private final Map<Path, Handover> byFolder = new ConcurrentHashMap<>();

    private PackIndexes(boolean keeps) {
        this.keeps = keeps;
    }

    /** Hands each store's folder over to the next store of the same folder. */
    static PackIndexes kept() {
        return new PackIndexes(true);
    }

    /** Whether stores should hand their folders over (making the map costs a copy of the index). */
    boolean keeps() {
        return keeps;
    }

    void keep(Path dir, Handover handover) {
        if (keeps) {
            byFolder.put(dir, handover);
        }
    }

    /**
     * What the last store of {@code dir} left, taken (no other store gets it), if {@code packFiles}
     * are still exactly its packs and it was of {@code format}; else null.
     */
    Handover take(Path dir, String format, List<Path> packFiles) {
        Handover h = byFolder.remove(dir);
        if (h == null || !h.format().equals(format) || h.files().size() != packFiles.size()) {
            return null;
        }
        for (Path f : packFiles) {
            Stamp kept = h.files().get(f);
            if (kept == null || !kept.equals(Stamp.of(f))) {
                return null;
            }
        }
        return h;
    }

    /** Number of folders whose packs are kept, for tests. */
    int size() {
        return byFolder.size();
    }
}
