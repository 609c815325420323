package io.sitrep.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The preview server of {@code sitrep serve}, on the JDK's HTTP server, listening on the
 * loopback address only. It serves the output folder, adds
 * {@code <script src="/__sitrep/reload.js">} to every HTML page it sends (the site's files are
 * not changed: the script exists only here, and as a file of its own it passes a
 * Content-Security-Policy of {@code script-src 'self'}), and tells open pages to reload through
 * server-sent events at {@code /__sitrep/events}. While the last build failed, every page is an
 * error page listing the problems instead of the stale site.
 */
public final class DevServer implements AutoCloseable {

    static final String PREFIX = "/__sitrep/";
    static final String SCRIPT_TAG = "<script src=\"/__sitrep/reload.js\"></script>";
    static final String RELOAD_JS = """
            // sitrep serve: reloads the page when the site was rebuilt; served by sitrep serve only
            (function () {
              var source = new EventSource('/__sitrep/events');
              source.addEventListener('reload', function () { window.location.reload(); });
            })();
            """;

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "sitrep-serve");
        t.setDaemon(true);
        return t;
    });
    private final Path root;
    private final Supplier<String> error;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param port  the port, or 0 for any free one
     * @param error the problems of the last build as an HTML page, or null when it succeeded
     */
    public DevServer(Path root, int port, Supplier<String> error) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.error = error;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Tells every open page to reload. */
    public void reload(int build) {
        byte[] event = ("event: reload\ndata: " + build + "\n\n").getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            try {
                out.write(event);
                out.flush();
            } catch (IOException e) {
                listeners.remove(out); // the page was closed
            }
        }
    }

    /** Number of pages listening for reloads. */
    public int listening() {
        return listeners.size();
    }

    private void handle(HttpExchange x) throws IOException {
        try {
            String method = x.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(x, 405, "text/plain; charset=utf-8", "only GET and HEAD".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = x.getRequestURI().getPath();
            if (path.equals(PREFIX + "reload.js")) {
                send(x, 200, "text/javascript; charset=utf-8", RELOAD_JS.getBytes(StandardCharsets.UTF_8));
            } else if (path.equals(PREFIX + "events")) {
                events(x);
            } else {
                file(x, path);
            }
        } catch (IOException | RuntimeException e) {
            x.close();
        }
    }

    /** Keeps the response open: {@link #reload} writes to it. */
    private void events(HttpExchange x) throws IOException {
        x.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        x.getResponseHeaders().set("Cache-Control", "no-store");
        x.sendResponseHeaders(200, 0);
        OutputStream out = x.getResponseBody();
        out.write(": sitrep serve\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        listeners.add(out);
    }

    private void file(HttpExchange x, String path) throws IOException {
        String failure = error.get();
        Path file = resolve(path);
        boolean html = file == null ? path.endsWith("/") || path.endsWith(".html") || !path.contains(".")
                : file.getFileName().toString().endsWith(".html");
        if (failure != null && html) {
            send(x, 500, "text/html; charset=utf-8", withScript(failure).getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (file == null) {
            Path notFound = root.resolve("404.html");
            byte[] page = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound)
                    : "<!DOCTYPE html><title>Not found</title><p>Not found</p>".getBytes(StandardCharsets.UTF_8);
            send(x, 404, "text/html; charset=utf-8", withScript(new String(page, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        String type = type(file.getFileName().toString());
        if (type.startsWith("text/html")) {
            bytes = withScript(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        send(x, 200, type, bytes);
    }

    /** The file a request path names inside the site, or null (outside it, in the state folder, missing). */
    Path resolve(String path) {
        String rel = path.startsWith("/") ? path.substring(1) : path;
        Path file = root.resolve(rel).normalize();
        if (!file.startsWith(root) || root.relativize(file).startsWith(".sitrep")) {
            return null;
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            file = file.resolve("index.html");
        }
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? file : null;
    }

    static String withScript(String html) {
        int at = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        return at < 0 ? html + SCRIPT_TAG : html.substring(0, at) + SCRIPT_TAG + html.substring(at);
    }

    private static String type(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".html")) {
            return "text/html; charset=utf-8";
        } else if (n.endsWith(".css")) {
            return "text/css; charset=utf-8";
        } else if (n.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        } else if (n.endsWith(".json")) {
            return "application/json";
        } else if (n.endsWith(".xml")) {
            return n.equals("feed.xml") ? "application/atom+xml" : "application/xml";
        } else if (n.endsWith(".svg")) {
            return "image/svg+xml";
        } else if (n.endsWith(".csv")) {
            return "text/csv; charset=utf-8";
        }
        String guess = URLConnection.guessContentTypeFromName(n);
        return guess == null ? "application/octet-stream" : guess;
    }

    private static void send(HttpExchange x, int status, String type, byte[] body) throws IOException {
        x.getResponseHeaders().set("Content-Type", type);
        x.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = x.getRequestMethod().equals("HEAD");
        x.sendResponseHeaders(status, head ? -1 : body.length);
        try (OutputStream out = x.getResponseBody()) {
            if (!head) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        for (OutputStream out : listeners) {
            try {
                out.close();
            } catch (IOException ignored) {
                // the page went away already
            }
        }
        listeners.clear();
        server.stop(0);
        threads.shutdownNow();
    }
}
