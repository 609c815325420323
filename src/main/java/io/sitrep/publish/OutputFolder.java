package io.sitrep.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Rules on which folders sitrep may build into. The output folder must not be a source folder,
 * hold one (a build could overwrite sources, and a later {@code --force} build publish them), or
 * lie inside a folder sitrep reads (the next build would read its own output). It must also be
 * sitrep's own: new, empty, or holding the manifest of an earlier build.
 */
public final class OutputFolder {

    private OutputFolder() {
    }

    /**
     * @param out       the output folder
     * @param holds     folders that must not be the output folder or inside it, by name
     *                  ("content folder")
     * @param readsFrom folders sitrep reads, which the output folder must not be inside of
     */
    public static void checkApart(Path out, Map<String, Path> holds, Map<String, Path> readsFrom)
            throws PublishException {
        Path o = real(out);
        for (var e : holds.entrySet()) {
            Path src = real(e.getValue());
            if (src.startsWith(o)) {
                String relation = src.equals(o) ? "is the " : "holds the ";
                throw new PublishException(out, PublishException.Kind.REFUSED, "output folder " + relation + e.getKey()
                        + " (" + e.getValue() + "); building there could overwrite, delete or publish your sources",
                        "choose an output folder outside it, for example --out site", null);
            }
        }
        for (var e : readsFrom.entrySet()) {
            Path src = real(e.getValue());
            if (o.startsWith(src)) {
                throw new PublishException(out, PublishException.Kind.REFUSED, "output folder is inside the "
                        + e.getKey() + " (" + e.getValue() + "); the next build would read its own output",
                        "choose an output folder outside it, for example --out site", null);
            }
        }
    }

    /**
     * Refuses an output folder that is a file, or that holds files sitrep did not write (unless
     * {@code force}). A quick check before a build starts: a manifest file counts as sitrep's mark
     * here; {@link StagedSite#open} checks again with the manifest read and validated.
     */
    public static void checkUsable(Path out, boolean force) throws PublishException {
        Path manifest = out.toAbsolutePath().normalize().resolve(StagedSite.STATE_DIR).resolve("manifest.json");
        checkUsable(out, force, Files.isRegularFile(manifest));
    }

    /**
     * As {@link #checkUsable(Path, boolean)}.
     *
     * @param marked whether the folder holds a valid manifest of an earlier build
     */
    static void checkUsable(Path out, boolean force, boolean marked) throws PublishException {
        Path root = out.toAbsolutePath().normalize();
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new PublishException(out, PublishException.Kind.REFUSED, "output folder is a file",
                    "choose another folder with --out", null);
        }
        Path stateDir = root.resolve(StagedSite.STATE_DIR);
        if (Files.isSymbolicLink(stateDir) || Files.exists(stateDir) && !Files.isDirectory(stateDir)) {
            throw new PublishException(out, PublishException.Kind.REFUSED, StagedSite.STATE_DIR
                    + " in the output folder is not sitrep's state folder",
                    "remove " + stateDir + ", or choose another folder with --out", null);
        }
        try {
            if (!force && !isOwned(root, marked)) {
                throw new PublishException(out, PublishException.Kind.REFUSED,
                        "output folder holds files that sitrep did not write",
                        "choose an empty or new folder with --out, or pass --force to build into it anyway"
                                + " (its files are kept, files with the names of site files are replaced)", null);
            }
        } catch (IOException e) {
            throw new PublishException(out, PublishException.Kind.FAILED, "cannot read the output folder: "
                    + StagedSite.describe(e), "check its permissions, or choose another --out", e);
        }
    }

    /**
     * Whether sitrep may build into {@code root}: it does not exist, is empty, holds a valid
     * manifest ({@code marked}), or holds nothing but sitrep's state folder (left by an
     * interrupted first build).
     */
    static boolean isOwned(Path root, boolean marked) throws IOException {
        if (!Files.isDirectory(root) || marked) {
            return true;
        }
        try (Stream<Path> s = Files.list(root)) {
            return s.allMatch(p -> p.getFileName().toString().equals(StagedSite.STATE_DIR) && Files.isDirectory(p));
        }
    }

    /**
     * The path with every link resolved, also when its last parts do not exist yet: the longest
     * existing ancestor is resolved and the rest appended.
     */
    static Path real(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs)).normalize();
        } catch (IOException e) {
            return abs;
        }
    }
}
