package io.sitrep.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.SiteBuild;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code sitrep serve} through a real HTTP client on 127.0.0.1. */
@Timeout(120)
class LiveSiteTest {

    private static final String ARTICLE = "---\ntitle: \"%s\"\ndate: 2020-02-05\nsource: Rudaw\n---\n\n%s\n";

    @TempDir
    Path dir;

    private Path content;
    private LiveSite site;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> log = Collections.synchronizedList(new java.util.ArrayList<>());
    /** Good builds seen by the hook {@code serve} lowers the compiler's priority with (not lowered here). */
    private final java.util.concurrent.atomic.AtomicInteger goodBuilds = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        content = dir.resolve("content");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("briefing.yaml"), "title: Served briefing\n");
        Files.writeString(content.resolve("articles/first.md"), String.format(ARTICLE, "First", "Turkey sent troops."));
        SiteBuild.Options o = new SiteBuild.Options(content, Path.of("templates"), dir.resolve("site"), null, false,
                false, false);
        site = new LiveSite(o, 0, SiteBuild.Listener.NONE, log::add, goodBuilds::incrementAndGet);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + site.server().port() + path);
    }

    @Test
    void servesTheBuiltSiteWithTheReloadScriptAddedToPagesOnly() throws Exception {
        HttpResponse<String> index = get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(index.body()).contains("Served briefing").contains("<script src=\"/__sitrep/reload.js\"></script></body>");
        assertThat(get("/articles/first.html").body()).contains("Turkey sent troops.");
        assertThat(get("/style.css").body()).doesNotContain("reload.js");
        HttpResponse<String> script = get("/__sitrep/reload.js");
        assertThat(script.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(script.body()).contains("new EventSource('/__sitrep/events')");
        assertThat(get("/nothing-here.html").statusCode()).isEqualTo(404);
        assertThat(get("/.sitrep/manifest.json").statusCode()).as("the state folder is not served").isEqualTo(404);
        assertThat(get("/../content/briefing.yaml").statusCode()).isEqualTo(404);
        try (Stream<Path> files = Files.walk(dir.resolve("site"))) {
            assertThat(files.filter(Files::isRegularFile).anyMatch(f -> f.toString().endsWith("reload.js")))
                    .as("the script is never written into the site").isFalse();
        }
        assertThat(Files.readString(dir.resolve("site/index.html"))).doesNotContain("__sitrep");
    }

    @Test
    void aContentChangeRebuildsAndSendsAReloadEvent() throws Exception {
        BlockingQueue<String> events = listen();
        int before = site.builds();

        Files.writeString(content.resolve("articles/second.md"), String.format(ARTICLE, "Second", "Russia said no."));

        assertThat(nextEvent(events)).isEqualTo("event: reload");
        assertThat(site.builds()).isGreaterThan(before);
        assertThat(get("/articles/second.html").body()).contains("Russia said no.");
        assertThat(get("/archive.html").body()).contains("Second");
    }

    @Test
    void aBadArticleShowsItsProblemInThePagesUntilItIsFixed() throws Exception {
        BlockingQueue<String> events = listen();
        Files.writeString(content.resolve("articles/bad.md"), "---\ntitle: Bad\n---\n\nNo date, no source.\n");

        assertThat(nextEvent(events)).isEqualTo("event: reload");
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains("The build failed", "bad.md:", "date").contains("/__sitrep/reload.js");
        assertThat(get("/articles/first.html").statusCode()).as("no stale page").isEqualTo(500);
        assertThat(get("/style.css").statusCode()).as("assets still load").isEqualTo(200);

        Files.delete(content.resolve("articles/bad.md"));
        assertThat(nextEvent(events)).isEqualTo("event: reload");
        assertThat(get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void theHookAfterABuildRunsAfterGoodBuildsOnly() throws Exception {
        assertThat(goodBuilds.get()).as("the first build").isEqualTo(1);
        BlockingQueue<String> events = listen();
        Files.writeString(content.resolve("articles/bad.md"), "---\ntitle: Bad\n---\n\nNo date, no source.\n");
        assertThat(nextEvent(events)).isEqualTo("event: reload");
        assertThat(goodBuilds.get()).as("not after a failed build").isEqualTo(1);
        Files.delete(content.resolve("articles/bad.md"));
        assertThat(nextEvent(events)).isEqualTo("event: reload");
        assertThat(goodBuilds.get()).isEqualTo(2);
    }

    @Test
    void listensOnTheLoopbackAddressOnly() throws Exception {
        assertThat(site.server().address().getAddress()).isEqualTo(InetAddress.getLoopbackAddress());
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                if (a.isLoopbackAddress() || a.isLinkLocalAddress()) {
                    continue;
                }
                try (Socket s = new Socket()) {
                    s.connect(new java.net.InetSocketAddress(a, site.server().port()), 2000);
                    throw new AssertionError("reachable on " + a);
                } catch (ConnectException | java.net.SocketTimeoutException expected) {
                    // refused: good
                }
            }
        }
    }

    @Test
    void closingStopsTheServer() throws Exception {
        int port = site.server().port();
        site.close();
        try (Socket s = new Socket()) {
            s.connect(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
            throw new AssertionError("still listening");
        } catch (ConnectException expected) {
            // stopped
        }
    }

    /** Opens the event stream the way a page does and queues the lines that name events. */
    private BlockingQueue<String> listen() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpResponse<InputStream> r = http.send(HttpRequest.newBuilder(uri("/__sitrep/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("event:")) {
                        lines.add(line);
                    }
                }
            } catch (IOException closed) {
                // the server stopped
            }
        });
        reader.setDaemon(true);
        reader.start();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (site.server().listening() == 0 && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        return lines;
    }

    private static String nextEvent(BlockingQueue<String> events) throws InterruptedException {
        String e = events.poll(60, TimeUnit.SECONDS);
        assertThat(e).as("an event within a minute").isNotNull();
        return e;
    }
}
