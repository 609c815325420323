package io.sitrep.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The files sitrep wrote into an output folder, with their {@link FileFingerprint}: the marker
 * that the folder is sitrep's, the list of what a later build may replace or remove, and the way
 * to leave unchanged files untouched (a file whose fingerprint matches is compared by bytes).
 *
 * @param keys for files made from inputs with a known digest (see {@link SiteOutput#reuse}),
 *             that digest: a later build with the same key keeps the file without making it
 */
public record Manifest(SortedMap<String, String> files, SortedMap<String, String> keys) {

    static final String FORMAT = "sitrep-manifest-1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public Manifest {
        files = new TreeMap<>(files);
        keys = new TreeMap<>(keys);
        keys.keySet().retainAll(files.keySet());
    }

    public Manifest(SortedMap<String, String> files) {
        this(files, new TreeMap<>());
    }

    public static Manifest empty() {
        return new Manifest(new TreeMap<>());
    }

    /** Reads a manifest; a torn or foreign file reads as null (never trusted). */
    static Manifest read(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Map<String, Object> doc = JSON.readValue(file.toFile(), new TypeReference<Map<String, Object>>() { });
            if (!FORMAT.equals(doc.get("format")) || !(doc.get("files") instanceof Map<?, ?> m)) {
                return null;
            }
            SortedMap<String, String> files = new TreeMap<>();
            m.forEach((k, v) -> files.put(String.valueOf(k), String.valueOf(v)));
            files.keySet().forEach(SafePaths::check); // a path leaving the folder makes it untrusted
            SortedMap<String, String> keys = new TreeMap<>();
            if (doc.get("keys") instanceof Map<?, ?> k) {
                k.forEach((path, key) -> keys.put(String.valueOf(path), String.valueOf(key)));
            }
            return new Manifest(files, keys);
        } catch (JacksonException | IllegalArgumentException e) {
            return null;
        }
    }

    void write(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Map<String, Object> doc = new java.util.LinkedHashMap<>();
        doc.put("format", FORMAT);
        doc.put("files", files);
        if (!keys.isEmpty()) {
            doc.put("keys", keys);
        }
        JSON.writeValue(tmp.toFile(), doc);
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
