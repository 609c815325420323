package io.sitrep.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Where the render stage puts the site's files; paths are relative, with {@code /}. */
public interface SiteOutput {

    void write(String path, byte[] content) throws IOException;

    /**
     * Keeps the file the previous build wrote at {@code path} when it was made from inputs with
     * the same {@code key} (a digest of everything the file is made from), so the caller need
     * not make it again. Returns false when the caller must make and {@link #write} it; the
     * {@code key} is then recorded with the file written.
     */
    default boolean reuse(String path, String key) throws IOException {
        return false;
    }

    default void write(String path, String content) throws IOException {
        write(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A file's bytes, written to a stream as they are made. */
    @FunctionalInterface
    interface Content {
        /** Writes the bytes to {@code out}, which it must not close. */
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /**
     * Writes the file whose bytes {@code content} writes as it makes them: a large file (the data
     * exports, tens of MB at 10,000 articles) is then never held, neither whole nor in parts.
     * By default the bytes are collected and {@link #write(String, byte[]) written}.
     */
    default void write(String path, Content content) throws IOException {
        write(path, bytes(content));
    }

    /** The bytes {@code content} writes, in one array. */
    static byte[] bytes(Content content) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        content.writeTo(bytes);
        return bytes.toByteArray();
    }
}
