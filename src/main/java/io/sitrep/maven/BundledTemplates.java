package io.sitrep.maven;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.apache.maven.plugin.logging.Log;

/**
 * The templates a build uses: the project's own {@code templates/} folder when it has one,
 * otherwise the default templates that the sitrep jar carries under {@value #RESOURCE_ROOT}.
 * {@code SiteBuild} reads templates from a folder, so the defaults are copied out into the
 * build directory first.
 */
final class BundledTemplates {

    /** Where the build puts the repository's {@code templates/} folder inside the jar. */
    static final String RESOURCE_ROOT = "sitrep/templates";

    private final ClassLoader loader;

    BundledTemplates(ClassLoader loader) {
        this.loader = loader;
    }

    /**
     * Returns {@code configured} when it is a folder; otherwise copies the bundled templates
     * into {@code workDir} and returns that.
     */
    Path resolve(Path configured, Path workDir, Log log) throws IOException {
        if (Files.isDirectory(configured)) {
            return configured;
        }
        log.info("No templates folder at " + configured + "; using the templates bundled with sitrep");
        return extractTo(workDir);
    }

    /** Copies every bundled template into {@code target}, emptied first so no stale file stays. */
    Path extractTo(Path target) throws IOException {
        URL root = loader.getResource(RESOURCE_ROOT);
        if (root == null) {
            throw new IOException("the sitrep jar has no " + RESOURCE_ROOT + " folder; it was built without templates");
        }
        deleteTree(target);
        Files.createDirectories(target);
        if ("jar".equals(root.getProtocol())) {
            copyFromJar(root, target);
        } else {
            copyFromFolder(toPath(root), target);
        }
        return target;
    }

    private static void copyFromJar(URL root, Path target) throws IOException {
        URLConnection connection = root.openConnection();
        // A private JarFile: the shared cached one may be closed by another build in the same JVM.
        connection.setUseCaches(false);
        try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
            String prefix = RESOURCE_ROOT + "/";
            List<JarEntry> entries = jar.stream()
                    .filter(e -> !e.isDirectory() && e.getName().startsWith(prefix))
                    .sorted(Comparator.comparing(JarEntry::getName))
                    .toList();
            for (JarEntry entry : entries) {
                try (InputStream in = jar.getInputStream(entry)) {
                    copy(in, target, entry.getName().substring(prefix.length()));
                }
            }
        }
    }

    private static void copyFromFolder(Path source, Path target) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                copy(in, target, source.relativize(file).toString().replace('\\', '/'));
            }
        }
    }

    private static void copy(InputStream in, Path target, String relative) throws IOException {
        Path dest = target.resolve(relative).normalize();
        if (!dest.startsWith(target)) {
            throw new IOException("bundled template escapes its folder: " + relative);
        }
        Files.createDirectories(dest.getParent());
        Files.copy(in, dest, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path toPath(URL url) throws IOException {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("cannot read bundled templates at " + url, e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : paths) {
            Files.delete(p);
        }
    }
}
