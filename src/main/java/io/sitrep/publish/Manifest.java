package io.sitrep.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
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
        // Read as a stream of tokens straight into the sorted maps: binding the document to maps
        // first, then copying, was 4 % of a rebuild at 10,000 articles (two maps of 10,000 paths).
        try (JsonParser in = JSON.createParser(file.toFile())) {
            if (in.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            String format = null;
            SortedMap<String, String> files = null;
            SortedMap<String, String> keys = new TreeMap<>();
            for (JsonToken t = in.nextToken(); t == JsonToken.PROPERTY_NAME; t = in.nextToken()) {
                String name = in.currentName();
                JsonToken value = in.nextToken();
                switch (name) {
                    case "format" -> format = value.isScalarValue() ? in.getString() : null;
                    case "files" -> files = strings(in, value);
                    case "keys" -> {
                        SortedMap<String, String> read = strings(in, value);
                        if (read != null) {
                            keys = read;
                        }
                    }
                    default -> in.skipChildren();
                }
            }
            if (!FORMAT.equals(format) || files == null) {
                return null;
            }
            files.keySet().forEach(SafePaths::check); // a path leaving the folder makes it untrusted
            return new Manifest(files, keys);
        } catch (JacksonException | IllegalArgumentException e) {
            return null;
        }
    }

    /** An object of scalar values as text, sorted by name; null if {@code first} does not start one. */
    private static SortedMap<String, String> strings(JsonParser in, JsonToken first) {
        if (first != JsonToken.START_OBJECT) {
            in.skipChildren();
            return null;
        }
        SortedMap<String, String> out = new TreeMap<>();
        for (JsonToken t = in.nextToken(); t == JsonToken.PROPERTY_NAME; t = in.nextToken()) {
            String name = in.currentName();
            JsonToken value = in.nextToken();
            if (!value.isScalarValue()) {
                throw new IllegalArgumentException("not a manifest: " + name + " has no text value");
            }
            out.put(name, value == JsonToken.VALUE_NULL ? "null" : in.getString());
        }
        return out;
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
