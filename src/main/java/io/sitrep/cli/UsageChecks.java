package io.sitrep.cli;

import io.sitrep.content.Display;
import io.sitrep.content.Problem;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The checks of a command line that need no build: folders that must exist, a well-formed URL. */
final class UsageChecks {

    private UsageChecks() {
    }

    static List<Problem> of(BuildOptions o) {
        List<Problem> problems = new ArrayList<>();
        folder(o.content, "content", "pass --content DIR, or run sitrep in the folder that holds content/", problems);
        folder(o.templates, "templates", "pass --templates DIR, or run sitrep in the folder that holds templates/", problems);
        if (o.baseUrl != null && !isWebAddress(o.baseUrl)) {
            problems.add(new Problem("--base-url", 1, 1, "'" + o.baseUrl + "' is not an http(s) address",
                    "give the address the site is published at, such as https://example.org/briefing/"));
        }
        return problems;
    }

    private static void folder(Path dir, String what, String hint, List<Problem> problems) {
        if (!Files.exists(dir)) {
            problems.add(new Problem(Display.of(dir), 1, 1, what + " folder does not exist", hint));
        } else if (!Files.isDirectory(dir)) {
            problems.add(new Problem(Display.of(dir), 1, 1, what + " folder is a file, not a folder", hint));
        }
    }

    static boolean isWebAddress(String url) {
        try {
            URI u = new URI(url);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && u.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
