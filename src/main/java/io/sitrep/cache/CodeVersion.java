package io.sitrep.cache;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.stream.Stream;

/**
 * Which sitrep is running, for cache keys: results cached by another build of sitrep are never
 * trusted, because any change to the loader, the analysis or the renderer can change them. For
 * the jar this is its size and modification time; for a classes folder (tests, IDE) the newest
 * class file's time and the number of classes.
 */
public final class CodeVersion {

    private CodeVersion() {
    }

    public static String fingerprint() {
        CodeSource source = CodeVersion.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "unknown";
        }
        try {
            Path where = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(where)) {
                return "jar:" + Files.size(where) + ":" + Files.getLastModifiedTime(where).toMillis();
            }
            try (Stream<Path> files = Files.walk(where)) {
                long[] newest = {0, 0};
                files.filter(f -> f.toString().endsWith(".class")).forEach(f -> {
                    newest[1]++;
                    try {
                        newest[0] = Math.max(newest[0], Files.getLastModifiedTime(f).toMillis());
                    } catch (IOException e) {
                        newest[0] = Long.MAX_VALUE;
                    }
                });
                return "classes:" + newest[1] + ":" + newest[0];
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }
}
