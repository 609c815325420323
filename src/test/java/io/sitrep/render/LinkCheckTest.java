package io.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.SiteBuild;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every internal link and #anchor of a whole build resolves, and nothing loads from another host. */
class LinkCheckTest {

    @TempDir
    Path dir;

    @Test
    void everyLinkOfTheFixtureSiteResolves() throws Exception {
        Map<String, byte[]> files = Fixture.render(Fixture.briefing(dir.resolve("in")), ChartSet.none());
        // -Dsitrep.fixtureSite=/tmp/x keeps the fixture site, to look at it in a browser
        String keep = System.getProperty("sitrep.fixtureSite");
        Path site = keep != null ? Path.of(keep) : dir.resolve("site");
        Fixture.write(files, site);
        assertThat(new LinkChecker(site).check()).isEmpty();
    }

    @Test
    void everyLinkOfTheDefaultContentBuildResolves() throws Exception {
        Path site = dir.resolve("default");
        new SiteBuild().run(new SiteBuild.Options(Path.of("content"), Path.of("templates"), site, null, false,
                false, false));
        assertThat(site.resolve("index.html")).exists();
        try (var articles = Files.list(site.resolve("articles"))) {
            for (Path page : articles.toList()) {
                var doc = org.jsoup.Jsoup.parse(page.toFile(), "UTF-8");
                assertThat(doc.select("h1").text()).as(page.toString()).isNotBlank();
                assertThat(doc.title()).as(page.toString()).startsWith(doc.select("h1").text());
                assertThat(doc.select(".article-body .s[id=s1]")).as(page.toString()).hasSize(1);
            }
        }
        for (String page : java.util.List.of("figures.html", "timeline.html", "quotes.html", "names.html",
                "archive.html", "search.html", "404.html", "people/index.html", "places/index.html",
                "organizations/index.html", "sources/index.html", "tags/index.html", "feed.xml", "sitemap.xml",
                "robots.txt", "data/search.json", "search-index.js")) {
            assertThat(site.resolve(page)).exists();
        }
        assertThat(new LinkChecker(site).check()).isEmpty();
    }

    @Test
    void theCheckerFindsBrokenLinksAndAnchors() throws Exception {
        Path site = dir.resolve("broken");
        Files.createDirectories(site.resolve("a"));
        Files.writeString(site.resolve("index.html"), "<p id=x><a href=a/b.html#nope>1</a> <a href=missing.html>2</a>"
                + " <a href=#x>3</a> <link rel=stylesheet href=https://cdn.example/x.css>");
        Files.writeString(site.resolve("a/b.html"), "<p id=y>");
        assertThat(new LinkChecker(site).check()).containsExactly(
                "index.html: a a/b.html#nope (no id nope in a/b.html)",
                "index.html: a missing.html (no such file)",
                "index.html: external resource https://cdn.example/x.css");
    }
}
