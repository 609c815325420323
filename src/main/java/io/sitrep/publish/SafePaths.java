package io.sitrep.publish;

import java.util.regex.Pattern;

/** Checks that a site path stays inside the output folder. */
final class SafePaths {

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._-]+");

    private SafePaths() {
    }

    /** Returns the path if it is relative, uses {@code /}, and has no empty, "." or ".." segment. */
    static String check(String path) {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
            throw new IllegalArgumentException("not a safe site path: " + path);
        }
        for (String seg : path.split("/", -1)) {
            if (seg.isEmpty() || seg.equals(".") || seg.equals("..") || !SEGMENT.matcher(seg).matches()
                    || seg.equals(StagedSite.STATE_DIR)) {
                throw new IllegalArgumentException("not a safe site path: " + path);
            }
        }
        return path;
    }
}
