package io.sitrep.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Where the render stage puts the site's files; paths are relative, with {@code /}. */
public interface SiteOutput {

    void write(String path, byte[] content) throws IOException;

    default void write(String path, String content) throws IOException {
        write(path, content.getBytes(StandardCharsets.UTF_8));
    }
}
