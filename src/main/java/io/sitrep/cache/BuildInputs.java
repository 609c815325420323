package io.sitrep.cache;

import io.sitrep.content.FileKeys;
import io.sitrep.content.ContentLoader;
import io.sitrep.content.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A digest of everything a build reads: the code, the options that change the output, and
 * every file below the content and templates folders (links by their target). When it equals the digest of the last committed build and that build's
 * files are all still there, the build would write exactly what is there: it can stop after
 * hashing, without loading, analysing or rendering anything.
 */
public final class BuildInputs {

    static final String FILE = "inputs.json";
    static final String FORMAT = "sitrep-inputs-2";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * What the last committed build read and gave, kept in the state folder.
     *
     * @param warnings the warnings it reported, reported again when a build is skipped
     */
    public record Last(String format, String digest, int articles, int files, int pages, List<Problem> warnings) {
        public Last {
            warnings = List.copyOf(warnings == null ? List.of() : warnings);
        }
    }

    private BuildInputs() {
    }

    /** What a committed build read ({@code digest}) and gave. */
    public static Last last(String digest, int articles, int files, int pages, List<Problem> warnings) {
        return new Last(FORMAT, digest, articles, files, pages, warnings);
    }

    /**
     * The digest of the inputs, or null when they cannot all be read (the build then runs and
     * reports why).
     *
     * @param options the options that change what is built, as text
     * @param keys    the keys of files, remembered across the builds of a process
     */
    public static String digest(Path content, Path templates, String options, FileKeys keys) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            update(md, CodeVersion.fingerprint());
            update(md, ContentLoader.VERSION);
            update(md, options);
            tree(md, content.toAbsolutePath().normalize(), keys);
            tree(md, templates.toAbsolutePath().normalize(), keys);
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | RuntimeException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every entry below {@code root} but folders, by path, with a hash of what it reads as.
     * Files are hashed on all cores with MurmurHash3 x64-128 (commons-codec): 128 bits, as
     * for page keys, at several times the speed of SHA-256 under C1 (see {@code PageKeys}).
     */
    private static void tree(MessageDigest md, Path root, FileKeys keys) throws IOException {
        update(md, root.toString());
        List<Path> entries;
        try (Stream<Path> all = Files.walk(root)) {
            entries = all.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        }
        String[] read = new String[entries.size()];
        try {
            IntStream.range(0, read.length).parallel().forEach(i -> read[i] = readAs(entries.get(i), keys));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (int i = 0; i < read.length; i++) {
            update(md, root.relativize(entries.get(i)).toString());
            update(md, read[i]);
        }
    }

    /** A file's hash, or what a link or other non-file entry is. */
    private static String readAs(Path p, FileKeys keys) {
        try {
            if (!Files.isRegularFile(p)) {
                return Files.isSymbolicLink(p) ? "link:" + Files.readSymbolicLink(p) : "other";
            }
            return keys.of(p).key();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void update(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }

    /** The last committed build of the output folder whose state folder is {@code stateDir}, or null. */
    public static Last read(Path stateDir) {
        Path file = stateDir.resolve(FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            Last last = JSON.readValue(Files.readAllBytes(file), Last.class);
            return last != null && FORMAT.equals(last.format()) && last.digest() != null ? last : null;
        } catch (IOException | JacksonException | IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    /** Records {@code last}, unless it is what is recorded already. */
    public static void write(Path stateDir, Last last) throws IOException {
        if (last.equals(read(stateDir))) {
            return;
        }
        Path tmp = stateDir.resolve(FILE + ".tmp");
        Files.write(tmp, JSON.writeValueAsBytes(last));
        Files.move(tmp, stateDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
