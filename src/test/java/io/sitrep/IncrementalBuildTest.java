package io.sitrep;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.cache.ArticleCache;
import io.sitrep.publish.TreeSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds across runs: what is kept, what is made again, what disappears, and "what changed". */
class IncrementalBuildTest {

    private static final String ARTICLE = "---\ntitle: \"%s\"\ndate: %s\nsource: %s\ntags: [%s]\n---\n\n%s\n";

    @TempDir
    Path dir;

    private Path content;
    private Path templates;
    private Path out;

    @BeforeEach
    void content() throws IOException {
        content = dir.resolve("content");
        out = dir.resolve("site");
        templates = dir.resolve("templates");
        copy(Path.of("templates"), templates);
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("briefing.yaml"), "title: Test briefing\nbase_url: https://example.org/b/\n");
        article("2020-02-01-oldest", "Oldest", "2020-02-01", "Rudaw", "idlib", "Turkey sent troops to Idlib.");
        article("2020-02-03-middle", "Middle", "2020-02-03", "Reuters", "idlib", "Russia denied it.");
        article("2020-02-05-newest", "Newest", "2020-02-05", "Rudaw", "turkey", "Ankara answered on Monday.");
    }

    private void article(String name, String title, String date, String source, String tag, String body)
            throws IOException {
        Files.writeString(content.resolve("articles/" + name + ".md"),
                String.format(ARTICLE, title, date, source, tag, body));
    }

    private SiteBuild.Result build(boolean clean) throws Exception {
        return new SiteBuild().run(new SiteBuild.Options(content, templates, out, null, false, false, clean));
    }

    private String page(String path) throws IOException {
        return Files.readString(out.resolve(path));
    }

    /** Everything in the output folder but the empty staging folder's time. */
    private SortedMap<String, String> everything() throws IOException {
        SortedMap<String, String> s = TreeSnapshot.of(out);
        s.computeIfPresent(".sitrep/staging", (k, v) -> "dir");
        return s;
    }

    @Test
    void aBuildWithNothingChangedWritesNothingAtAll() throws Exception {
        build(false);
        TreeSnapshot.age(out);
        SortedMap<String, String> before = everything();

        SiteBuild.Result again = build(false);

        assertThat(again.written()).isZero();
        assertThat(again.removed()).isZero();
        assertThat(again.articles()).isEqualTo(3);
        assertThat(everything()).as("bytes and times of the site, manifest, cache and history").isEqualTo(before);
    }

    @Test
    void aTouchedButUnchangedFileStillWritesNothing() throws Exception {
        build(false);
        TreeSnapshot.age(out);
        SortedMap<String, String> before = everything();
        Path file = content.resolve("articles/2020-02-03-middle.md");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));

        assertThat(build(false).written()).isZero();
        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void aNewArticleWritesItsPageAndTheListsButLeavesOtherArticlePagesAlone() throws Exception {
        build(false);
        TreeSnapshot.age(out);
        SortedMap<String, String> before = everything();
        article("2020-02-07-latest", "Latest news", "2020-02-07", "Reuters", "idlib", "Turkey lost 14 soldiers.");

        SiteBuild.Result r = build(false);

        SortedMap<String, String> after = everything();
        assertThat(r.articles()).isEqualTo(4);
        assertThat(org.jsoup.Jsoup.parse(page("articles/2020-02-07-latest.html")).text()).contains("Turkey lost 14 soldiers."); // text: the figure is marked up
        assertThat(after.get("articles/2020-02-01-oldest.html")).isEqualTo(before.get("articles/2020-02-01-oldest.html"));
        assertThat(after.get("articles/2020-02-03-middle.html")).isEqualTo(before.get("articles/2020-02-03-middle.html"));
        assertThat(after.get("archive.html")).isNotEqualTo(before.get("archive.html"));
        assertThat(page("archive.html")).contains("Latest news");
        assertThat(page("sources/reuters.html")).contains("Latest news");
        assertThat(page("feed.xml")).contains("Latest news");
        assertThat(page("sitemap.xml")).contains("articles/2020-02-07-latest.html");
        // every list, chart and data file changes with a new article; the other articles' own pages do not (above)
        assertThat(r.written()).isLessThan(r.files());
        assertThat(page("changes.html")).contains("Build 2", "New articles", "Latest news (Reuters, 2020-02-07)");
        assertThat(page("index.html")).contains("What changed since the previous build", "Latest news (Reuters, 2020-02-07)");
    }

    @Test
    void aDeletedArticleLosesItsPageAndLeavesEveryList() throws Exception {
        build(false);
        Files.delete(content.resolve("articles/2020-02-03-middle.md"));

        SiteBuild.Result r = build(false);

        assertThat(r.removed()).isPositive();
        assertThat(out.resolve("articles/2020-02-03-middle.html")).doesNotExist();
        assertThat(out.resolve("sources/reuters.html")).as("its only source's page").doesNotExist();
        for (String list : new String[] {"index.html", "archive.html", "tags/idlib.html", "feed.xml", "sitemap.xml",
            "search-index.js", "data/articles.json", "articles/2020-02-05-newest.html"}) {
            assertThat(page(list)).as(list).doesNotContain("2020-02-03-middle");
        }
        assertThat(page("changes.html")).contains("Removed articles", "Middle (Reuters, 2020-02-03)");
        // the cache lets go of an entry once most of the pack that holds it is unused
        assertThat(ArticleCache.storedEntries(out.resolve(".sitrep"))).as("two of three used").isEqualTo(3);
        Files.delete(content.resolve("articles/2020-02-01-oldest.md"));
        build(false);
        assertThat(ArticleCache.storedEntries(out.resolve(".sitrep"))).as("one of three used").isEqualTo(1);
    }

    @Test
    void aCleanBuildAlsoRemovesThePagesOfADeletedArticle() throws Exception {
        build(false);
        Files.delete(content.resolve("articles/2020-02-03-middle.md"));

        SiteBuild.Result r = build(true);

        assertThat(r.removed()).isPositive();
        assertThat(out.resolve("articles/2020-02-03-middle.html")).doesNotExist();
        assertThat(out.resolve("sources/reuters.html")).as("its only source's page").doesNotExist();
        assertThat(r.written()).as("--clean still writes every file").isEqualTo(r.files());
    }

    @Test
    void aChangedTemplateRendersWhatUsesItAgain() throws Exception {
        build(false);
        TreeSnapshot.age(out);
        SortedMap<String, String> before = everything();
        Path article = templates.resolve("article.ftlh");
        Files.writeString(article, Files.readString(article).replace("<@layout.document>",
                "<@layout.document><p class=\"marker\">edited template</p>"));

        build(false);

        SortedMap<String, String> after = everything();
        assertThat(page("articles/2020-02-01-oldest.html")).contains("edited template");
        assertThat(after.get("articles/2020-02-01-oldest.html")).isNotEqualTo(before.get("articles/2020-02-01-oldest.html"));
        assertThat(after.get("archive.html")).as("does not use article.ftlh").isEqualTo(before.get("archive.html"));

        Path layout = templates.resolve("layout.ftlh");
        Files.writeString(layout, Files.readString(layout).replace("<main id=\"main\"", "<main data-edited id=\"main\""));
        build(false);
        assertThat(page("archive.html")).as("imports layout.ftlh").contains("data-edited");
    }

    @Test
    void incrementalBuildsEndWhereACleanBuildDoes() throws Exception {
        build(false);
        article("2020-02-07-latest", "Latest", "2020-02-07", "AFP", "syria", "Eight soldiers died.");
        build(false);
        Files.delete(content.resolve("articles/2020-02-01-oldest.md"));
        article("2020-02-03-middle", "Middle, edited", "2020-02-03", "Reuters", "idlib", "Russia denied it again.");
        build(false);
        Map<String, String> incremental = siteContents();

        SiteBuild.Result clean = build(true);

        assertThat(clean.written()).as("--clean writes every file").isEqualTo(clean.files());
        assertThat(siteContents()).isEqualTo(incremental);
        assertThat(page("changes.html")).contains("Build 3", "Changed articles", "Middle, edited", "Build 2");
    }

    @Test
    void aNewSourceThatTakesTheSlugOfAnotherRelinksThatSourcesArticlePages() throws Exception {
        build(false);
        // "REUTERS" sorts before "Reuters", so it takes sources/reuters.html and Reuters moves to reuters-2.html:
        // the Reuters article's own page, whose article did not change, must follow
        article("2020-02-07-latest", "Latest", "2020-02-07", "REUTERS", "syria", "Eight soldiers died.");

        build(false);

        assertThat(page("articles/2020-02-03-middle.html")).contains("../sources/reuters-2.html")
                .doesNotContain("../sources/reuters.html");
        Map<String, String> incremental = siteContents();
        build(true);
        assertThat(siteContents()).isEqualTo(incremental);
    }

    @Test
    void aBuildRunAgainInTheSameProcessSeesAQuickEditThatKeepsTheSize() throws Exception {
        SiteBuild serving = new SiteBuild(SiteBuild.Listener.NONE, io.sitrep.cache.EntryMemory.kept()); // as serve does
        SiteBuild.Options options = new SiteBuild.Options(content, templates, out, null, false, false, false);
        serving.run(options);
        article("2020-02-03-middle", "Middle", "2020-02-03", "Reuters", "idlib", "Russia denied it."); // unchanged
        serving.run(options);
        // same length, written at once: only its content tells it apart
        article("2020-02-03-middle", "Middle", "2020-02-03", "Reuters", "idlib", "Russia admitted.!");

        serving.run(options);
        serving.finishPending(); // as serve does when it stops: the state is kept after the run returns

        assertThat(page("articles/2020-02-03-middle.html")).contains("Russia admitted.!").doesNotContain("denied");
    }

    /** The old versions of replaced files are freed after the commit: before a build returns, or serve's next run. */
    @Test
    void theFilesARebuildReplacedAreDeletedWhenItEndsOrBeforeServesNextRun() throws Exception {
        build(false);
        article("2020-02-07-latest", "Latest", "2020-02-07", "AFP", "syria", "Eight soldiers died.");
        assertThat(build(false).written()).isPositive();
        assertThat(out.resolve(".sitrep/replaced")).as("a one-off build waits for the deletion").doesNotExist();

        SiteBuild serving = new SiteBuild(SiteBuild.Listener.NONE, io.sitrep.cache.EntryMemory.kept());
        SiteBuild.Options options = new SiteBuild.Options(content, templates, out, null, false, false, false);
        article("2020-02-09-later", "Later", "2020-02-09", "AFP", "syria", "Nine soldiers died.");
        assertThat(serving.run(options).written()).isPositive();
        assertThat(serving.run(options).written()).isZero();
        assertThat(out.resolve(".sitrep/replaced")).as("the next run waited for it first").doesNotExist();
        assertThat(page("index.html")).contains("Later");

        article("2020-02-11-last", "Last", "2020-02-11", "AFP", "syria", "Ten soldiers died.");
        assertThat(serving.run(options).written()).isPositive();
        serving.finishPending(); // as serve does when it stops
        assertThat(out.resolve(".sitrep/replaced")).doesNotExist();
        assertThat(build(false).written()).as("the state serve kept after returning is whole").isZero();
    }

    @Test
    void aTornOrForeignCacheIsIgnored() throws Exception {
        build(false);
        Map<String, String> good = siteContents();
        List<Path> torn = cacheFiles();
        for (Path e : torn) {
            byte[] b = Files.readAllBytes(e);
            Files.write(e, java.util.Arrays.copyOf(b, b.length / 2)); // a crash mid-write
        }
        Files.writeString(out.resolve(".sitrep/inputs.json"), "{\"format\":\"other\"}");

        build(false);

        assertThat(siteContents()).isEqualTo(good);
        assertThat(ArticleCache.storedEntries(out.resolve(".sitrep"))).as("made again").isEqualTo(3);
        assertThat(cacheFiles()).as("the torn files are gone").doesNotContainAnyElementsOf(torn).isNotEmpty();
    }

    @Test
    void aBuildWithoutChangesAddsNoHistoryEntry() throws Exception {
        build(false);
        article("2020-02-07-latest", "Latest", "2020-02-07", "AFP", "syria", "Eight soldiers died.");
        build(false);
        String history = Files.readString(out.resolve(".sitrep/history.json"));
        Files.writeString(templates.resolve("archive.ftlh"), Files.readString(templates.resolve("archive.ftlh")) + "\n");

        build(false); // templates changed, content did not

        assertThat(Files.readString(out.resolve(".sitrep/history.json"))).isEqualTo(history);
        assertThat(page("changes.html")).contains("Build 2").doesNotContain("Build 3");
    }

    private Map<String, String> siteContents() throws IOException {
        Map<String, String> all = new TreeMap<>(TreeSnapshot.contents(out));
        all.keySet().removeIf(k -> k.startsWith(".sitrep"));
        return all;
    }

    private List<Path> cacheFiles() throws IOException {
        try (Stream<Path> s = Files.walk(out.resolve(".sitrep/cache"))) {
            return s.filter(Files::isRegularFile).toList();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
