package io.sitrep.serve;

import io.sitrep.content.Problem;
import java.util.List;
import org.jsoup.nodes.Entities;

/** The page {@code sitrep serve} shows instead of the site while the last build failed. */
final class ErrorPage {

    private ErrorPage() {
    }

    static String of(List<Problem> problems) {
        StringBuilder s = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Build failed · sitrep</title>
                <style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;max-width:60rem}
                li{font-family:ui-monospace,monospace;margin:.5rem 0}</style></head>
                <body>
                <h1>The build failed</h1>
                <p>Fix these problems and save: the page reloads when the site builds again.</p>
                <ul class="problems">
                """);
        for (Problem p : problems) {
            s.append("<li>").append(Entities.escape(p.toString())).append("</li>\n");
        }
        return s.append("</ul>\n</body>\n</html>\n").toString();
    }
}
