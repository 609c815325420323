package io.sitrep.charts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps drawings as {@code <hash>.svg} and {@code <hash>.png} in a folder of its own (not the
 * site), so a new process can skip charts an earlier build drew. Files are written to a
 * temporary name and moved into place, so a crash never leaves half a drawing; unreadable
 * entries count as missing.
 */
public final class DirectoryChartCache implements ChartCache {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final Path folder;

    public DirectoryChartCache(Path folder) {
        this.folder = folder;
    }

    @Override
    public Optional<Drawing> find(String hash) {
        if (!HASH.matcher(hash).matches()) {
            return Optional.empty();
        }
        Path svg = folder.resolve(hash + ".svg");
        Path png = folder.resolve(hash + ".png");
        if (!Files.isRegularFile(svg) || !Files.isRegularFile(png)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Drawing(Files.readString(svg, StandardCharsets.UTF_8), Files.readAllBytes(png)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void store(String hash, Drawing drawing) {
        if (!HASH.matcher(hash).matches()) {
            throw new IllegalArgumentException("not a SHA-256 hash: " + hash);
        }
        try {
            Files.createDirectories(folder);
            write(folder.resolve(hash + ".png"), drawing.png());
            write(folder.resolve(hash + ".svg"), drawing.svg().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(Path target, byte[] bytes) throws IOException {
        Path temporary = Files.createTempFile(folder, ".chart-", ".tmp");
        try {
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
