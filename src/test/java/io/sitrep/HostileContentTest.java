package io.sitrep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sitrep.cli.Main;
import io.sitrep.publish.TreeSnapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.ObjectMapper;

/**
 * The hostile corpus of {@code src/test/resources/hostile/} through the command line, end to end:
 * every refused case gets its error at file:line:col, exit 1, the previous site byte for byte and
 * nothing written anywhere else; the hostile site builds with every payload inert, with raw HTML
 * allowed and escaped. Cases that are easier to make than to commit are made here.
 */
class HostileContentTest {

    private static final Path CORPUS = Path.of("src/test/resources/hostile");
    private static final Set<String> SITE_SCRIPTS = Set.of("search-index.js", "search.js");

    @TempDir
    Path parent;

    private Path content;
    private Path out;
    private String stdout;
    private String stderr;

    @BeforeEach
    void copyTheHostileSite() throws IOException {
        content = parent.resolve("content");
        out = parent.resolve("site");
        copyTree(CORPUS.resolve("site"), content);
    }

    static Stream<String> refusedCases() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS.resolve("refused"))) {
            return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void theCorpusHasAtLeastTwentyFiveCases() throws IOException {
        long committed = refusedCases().count() + 1 /* accepted/yaml-bomb */ + 5 /* hostile site: 3 articles, 2 yaml */;
        long madeHere = 8; // methods below that make their case
        assertThat(committed + madeHere).isGreaterThanOrEqualTo(25);
        assertThat(refusedCases().count()).isGreaterThanOrEqualTo(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedCases")
    void isRefusedWithItsErrorAndChangesNothing(String name) throws IOException {
        Path dir = CORPUS.resolve("refused").resolve(name);
        List<String> expected = Files.readAllLines(dir.resolve("expected.txt")).stream()
                .filter(l -> !l.isBlank()).toList();
        assertThat(build()).as(stderr).isZero();
        copyTree(dir, content);
        Files.delete(content.resolve("expected.txt"));
        TreeSnapshot.age(parent);
        SortedMap<String, String> before = everything();

        assertThat(build()).as(stderr).isEqualTo(1);
        List<String> errors = stderr.lines().filter(l -> !l.contains(": warning: ")).toList();
        for (String line : expected) {
            String withPaths = line.replace("FILE/", content + java.io.File.separator);
            assertThat(errors).as(stderr).anySatisfy(e -> assertThat(e).startsWith(withPaths));
        }
        assertThat(errors).last().asString().endsWith("the output folder was not changed");
        assertThat(stdout).isEmpty();
        assertThat(everything()).isEqualTo(before);
        assertThat(Path.of("/tmp/sitrep-escaped.html")).doesNotExist();
        assertThat(parent.resolve("sitrep-escaped.html")).doesNotExist();
    }

    @Test
    void theHostileSiteBuildsWithEveryPayloadInertWithRawHtmlAllowed() throws Exception {
        assertThat(build()).as(stderr).isZero();
        assertInert(out);
        Document body = page("articles/2020-02-05-raw-html.html");
        assertThat(body.select(".article-body").text()).contains("Hover me.", "mixed case", "noscript");
        assertThat(body.select(".article-body [id=main], .article-body a[id]")).isEmpty(); // the article's own ids
        Document links = page("articles/2020-02-06-markdown-links.html");
        assertThat(links.select("#fn-1, #fnref-1")).hasSize(2); // Markdown's own ids stay
    }

    @Test
    void theHostileSiteBuildsWithEveryPayloadInertWithRawHtmlEscaped() throws Exception {
        Path settings = content.resolve("briefing.yaml");
        Files.writeString(settings, Files.readString(settings).replace("allow_html: true", "allow_html: false"));
        assertThat(build()).as(stderr).isZero();
        assertInert(out);
        assertThat(page("articles/2020-02-05-raw-html.html").select(".article-body").text())
                .contains("<script>window.__pwned = 1; document.title = \"PWNED\";</script>");
    }

    @Test
    void aYamlBombIsHarmless() throws Exception {
        copyTree(CORPUS.resolve("accepted/yaml-bomb"), content);
        long start = System.nanoTime();
        assertThat(build()).as(stderr).isZero();
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(60);
        assertInert(out);
    }

    @Test
    void aTenMegabyteArticleIsRefusedWithoutReadingItAll() throws IOException {
        String sentence = "Turkey said 14 soldiers were killed in Idlib on Monday, and more than 800,000 people fled. ";
        StringBuilder big = new StringBuilder("---\ntitle: Huge\ndate: 2020-02-10\nsource: Wire\n---\n\n");
        while (big.length() < 10 * 1024 * 1024) {
            big.append(sentence.repeat(8)).append("\n\n");
        }
        assertRefused("articles/2020-02-10-huge.md", big.toString().getBytes(StandardCharsets.UTF_8),
                ":1:1: is larger than 2 MiB");
    }

    @Test
    void listsQuotesAndEmphasisNestedTenThousandDeepAreRefused() throws IOException {
        String head = "---\ntitle: Deep\ndate: 2020-02-10\nsource: Wire\n---\n\nTurkey said 14 soldiers were killed.\n\n";
        for (String deep : List.of("- ".repeat(10_000) + "item", "> ".repeat(10_000) + "quote",
                "1. ".repeat(3_000) + "item", "*".repeat(20_000) + "x" + "*".repeat(20_000))) {
            assertRefused("articles/2020-02-10-deep.md", (head + deep + "\n").getBytes(StandardCharsets.UTF_8),
                    "nests lists, quotes, links or emphasis");
        }
    }

    @Test
    void aSymlinkPointingOutOfTheContentFolderIsRefused() throws IOException {
        Path secret = Files.writeString(parent.resolve("secret.md"),
                "---\ntitle: Secret\ndate: 2020-02-10\nsource: Wire\n---\n\nThe password is hunter2.\n");
        assertThat(build()).as(stderr).isZero();
        Path link = content.resolve("articles/2020-02-10-link.md");
        try {
            Files.createSymbolicLink(link, secret);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
        TreeSnapshot.age(parent);
        SortedMap<String, String> before = everything();
        assertThat(build()).isEqualTo(1);
        assertThat(stderr).startsWith(link.toString()).contains("outside");
        assertThat(everything()).isEqualTo(before);
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f, StandardCharsets.ISO_8859_1)).as(f.toString()).doesNotContain("hunter2");
            }
        }
    }

    @Test
    void aTemplateErrorIsReportedAndThePreviousSiteKept() throws IOException {
        Path templates = parent.resolve("templates");
        copyTree(Path.of("templates"), templates);
        assertThat(build("--templates", templates.toString())).as(stderr).isZero();
        Path index = templates.resolve("index.ftlh");
        Files.writeString(index, Files.readString(index) + "\n<#if>${</#list>\n");
        TreeSnapshot.age(parent);
        SortedMap<String, String> before = everything();
        assertThat(build("--templates", templates.toString())).isEqualTo(1);
        assertThat(stderr).startsWith(index + ":");
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void aFileWhereTheOutputFolderShouldBe() throws IOException {
        Files.writeString(out, "not a folder");
        SortedMap<String, String> before = everything();
        assertThat(build()).isNotZero();
        assertThat(stderr).startsWith(out.toString());
        assertThat(everything()).isEqualTo(before);
        Path below = out.resolve("site");
        assertThat(run("build", "--content", content.toString(), "--out", below.toString())).isNotZero();
        assertThat(stderr).startsWith(below.toString());
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void twoBuildsAtOnceLeaveOneWholeSite() throws Exception {
        assertThat(build()).as(stderr).isZero();
        Path article = content.resolve("articles/2020-02-07-front-matter.md");
        Files.writeString(article, Files.readString(article).replace("14 soldiers", "15 soldiers"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<String> build = () -> {
                StringWriter o = new StringWriter();
                StringWriter e = new StringWriter();
                int code = Main.run(new PrintWriter(o), new PrintWriter(e), "build", "--content", content.toString(),
                        "--out", out.toString());
                return code + " " + e;
            };
            Future<String> one = pool.submit(build);
            Future<String> two = pool.submit(build);
            List<String> results = List.of(one.get(), two.get());
            assertThat(results).anySatisfy(r -> assertThat(r).startsWith("0 "));
            for (String r : results) {
                assertThat(r).matches("(?s)0 .*|1 " + java.util.regex.Pattern.quote(out.toString())
                        + ":1:1: another sitrep build is writing into this folder.*");
            }
        } finally {
            pool.shutdownNow();
        }
        // the text, not the markup: the figure is marked up inside the sentence
        assertThat(org.jsoup.Jsoup.parse(Files.readString(out.resolve("articles/2020-02-07-front-matter.html"))).text())
                .contains("15 soldiers");
        assertThat(build()).as("the lock was released").isZero();
        assertInert(out);
        try (Stream<Path> siblings = Files.list(parent)) {
            assertThat(siblings.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly("content", "site");
        }
    }

    /** Refuses one added file, leaving the previous site and everything else as it was. */
    private void assertRefused(String file, byte[] bytes, String message) throws IOException {
        if (!Files.exists(out)) {
            assertThat(build()).as(stderr).isZero();
        }
        Path f = content.resolve(file);
        Files.write(f, bytes);
        TreeSnapshot.age(parent);
        SortedMap<String, String> before = everything();
        assertThat(build()).as(stderr).isEqualTo(1);
        assertThat(stderr.lines().findFirst().orElse("")).startsWith(f.toString()).contains(message);
        assertThat(everything()).isEqualTo(before);
        Files.delete(f);
    }

    /** No page of the site can run anything but the site's own scripts, and every machine file parses. */
    private static void assertInert(Path site) throws Exception {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = site.relativize(f).toString().replace('\\', '/');
                if (rel.startsWith(".sitrep/")) {
                    continue;
                }
                if (rel.endsWith(".html")) {
                    found.addAll(unsafe(rel, Jsoup.parse(f.toFile(), "UTF-8")));
                } else if (rel.endsWith(".xml")) {
                    DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
                    xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                    xml.newDocumentBuilder().parse(f.toFile()); // well-formed despite markup in titles
                } else if (rel.endsWith(".json")) {
                    new ObjectMapper().readTree(f.toFile());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static List<String> unsafe(String page, Document doc) {
        List<String> found = new ArrayList<>();
        Set<String> ids = new java.util.HashSet<>();
        for (Element e : doc.getAllElements()) {
            String tag = e.normalName();
            if (tag.equals("script") && !SITE_SCRIPTS.contains(Path.of(e.attr("src")).getFileName() + "")) {
                found.add(page + ": <script> " + e.attr("src"));
            }
            if (Set.of("iframe", "object", "embed", "base", "style", "frame", "applet", "form").contains(tag)
                    && !(tag.equals("form") && e.attr("action").endsWith("search.html"))) {
                found.add(page + ": <" + tag + ">");
            }
            if (tag.equals("meta") && e.hasAttr("http-equiv")
                    && !e.attr("http-equiv").equalsIgnoreCase("Content-Security-Policy")) {
                found.add(page + ": <meta http-equiv=" + e.attr("http-equiv") + ">");
            }
            if (tag.equals("link") && e.attr("rel").equals("stylesheet") && !e.attr("href").endsWith("style.css")) {
                found.add(page + ": stylesheet " + e.attr("href"));
            }
            if (e.hasAttr("id") && !ids.add(e.id())) {
                found.add(page + ": duplicate id " + e.id());
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = a.getValue().strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
                if (name.startsWith("on") || name.equals("style") || name.equals("srcdoc") || name.equals("formaction")) {
                    found.add(page + ": <" + tag + " " + name + ">");
                }
                if (Set.of("href", "src", "action", "data", "xlink:href").contains(name)
                        && (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:"))) {
                    found.add(page + ": <" + tag + " " + name + "=" + a.getValue() + ">");
                }
            }
        }
        if (doc.title().equals("PWNED")) {
            found.add(page + ": title");
        }
        return found;
    }

    private Document page(String rel) throws IOException {
        return Jsoup.parse(out.resolve(rel).toFile(), "UTF-8");
    }

    private int build(String... extra) {
        List<String> args = new ArrayList<>(List.of("build", "--content", content.toString(), "--out", out.toString()));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = Main.run(new PrintWriter(o), new PrintWriter(e), args);
        stdout = o.toString();
        stderr = e.toString();
        return code;
    }

    /** The whole temporary folder: sources, output and anything a build might write next to them. */
    private SortedMap<String, String> everything() throws IOException {
        SortedMap<String, String> s = TreeSnapshot.of(parent);
        s.computeIfPresent("site/.sitrep/staging", (k, v) -> "dir"); // its own time is sitrep's business
        return s;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
