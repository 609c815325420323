package io.sitrep.content;

import java.nio.file.Path;

/** How a path is named in messages: relative to the working folder when inside it, else absolute. */
public final class Display {

    private Display() {
    }

    public static String of(Path file) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = file.toAbsolutePath().normalize();
        if (abs.equals(cwd)) {
            return ".";
        }
        String shown = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
        return shown.replace('\\', '/');
    }
}
