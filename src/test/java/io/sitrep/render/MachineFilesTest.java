package io.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.content.FrontMatter;
import io.sitrep.publish.SiteOutput;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MachineFilesTest {

    @TempDir
    Path dir;

    @Test
    void feedIsAtomWithStableIdsAbsoluteLinksAndTheNewestDateAsUpdated() throws Exception {
        Map<String, byte[]> one = Fixture.render(Fixture.briefing(dir.resolve("a")), ChartSet.none());
        Document feed = Jsoup.parse(Fixture.page(one, "feed.xml"), "", Parser.xmlParser());
        assertThat(feed.select("feed").attr("xmlns")).isEqualTo("http://www.w3.org/2005/Atom");
        assertThat(feed.select("feed > updated").text()).isEqualTo("2020-02-10T00:00:00Z");
        assertThat(feed.select("entry")).hasSize(2);
        assertThat(feed.select("entry > id").eachText()).allMatch(id -> id.startsWith("urn:uuid:")).doesNotHaveDuplicates();
        assertThat(feed.select("entry > link").eachAttr("href")).containsExactly(
                "https://example.org/brief/articles/2020-02-10-beta.html",
                "https://example.org/brief/articles/2020-02-05-alpha.html");
        assertThat(feed.select("entry > title").first().text()).isEqualTo("Beta: soldiers killed");
        assertThat(Fixture.page(one, "feed.xml")).contains("Alpha &lt;script&gt;"); // escaped as XML
        Map<String, byte[]> two = Fixture.render(Fixture.briefing(dir.resolve("b")), ChartSet.none());
        assertThat(Fixture.page(two, "feed.xml")).isEqualTo(Fixture.page(one, "feed.xml"));
    }

    @Test
    void sitemapListsEveryPageButThe404AbsolutelyAndRobotsPointsToIt() throws Exception {
        Map<String, byte[]> files = Fixture.render(Fixture.briefing(dir), ChartSet.none());
        Document sitemap = Jsoup.parse(Fixture.page(files, "sitemap.xml"), "", Parser.xmlParser());
        List<String> locs = sitemap.select("url > loc").eachText();
        long pages = files.keySet().stream().filter(p -> p.endsWith(".html")).count();
        assertThat(locs).hasSize((int) pages - 1).allMatch(l -> l.startsWith("https://example.org/brief/"))
                .contains("https://example.org/brief/", "https://example.org/brief/people/",
                        "https://example.org/brief/articles/2020-02-05-alpha.html")
                .noneMatch(l -> l.endsWith("404.html"));
        assertThat(Fixture.page(files, "robots.txt")).contains("Sitemap: https://example.org/brief/sitemap.xml");
    }

    @Test
    void feedHasWhatRfc4287RequiresOfFeedsAndEntries() throws Exception {
        Document feed = Jsoup.parse(Fixture.page(Fixture.render(Fixture.briefing(dir), ChartSet.none()), "feed.xml"), "",
                Parser.xmlParser());
        assertThat(feed.select("feed > id, feed > title, feed > updated, feed > author > name")).hasSize(4);
        assertThat(feed.select("feed > link[rel=self]").attr("href")).isEqualTo("https://example.org/brief/feed.xml");
        for (var entry : feed.select("entry")) {
            assertThat(entry.select("> id, > title, > updated, > author > name, > link[rel=alternate]")).hasSize(5);
            assertThat(entry.select("> updated").text()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        }
    }

    @Test
    void sitemapGivesEachPageALastModificationDate() throws Exception {
        Document sitemap = Jsoup.parse(Fixture.page(Fixture.render(Fixture.briefing(dir), ChartSet.none()), "sitemap.xml"),
                "", Parser.xmlParser());
        assertThat(sitemap.select("url")).isNotEmpty().allMatch(u -> u.select("lastmod").text().matches("\\d{4}-\\d\\d-\\d\\d"));
        assertThat(sitemap.select("url:has(loc:matches(alpha.html$)) > lastmod").text()).isEqualTo("2020-02-05");
        assertThat(sitemap.select("url:has(loc:matches(archive.html$)) > lastmod").text()).isEqualTo("2020-02-10");
    }

    @Test
    void searchIndexIsJsonAndAScriptSettingAGlobalForFileUrls() throws Exception {
        Map<String, byte[]> files = Fixture.render(Fixture.briefing(dir), ChartSet.none());
        String json = new String(files.get("data/search.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"kind\" : \"article\"").contains("\"path\" : \"places/turkey.html\"");
        assertThat(Fixture.page(files, "search-index.js")).startsWith("/*").contains("window.SITREP_SEARCH = [")
                .endsWith("];\n");
        Document search = Jsoup.parse(Fixture.page(files, "search.html"));
        assertThat(search.select("script").eachAttr("src")).containsExactly("search-index.js", "search.js");
    }

    @Test
    void timestampsKeepTheTimeOfDayWhenGiven() {
        assertThat(MachineFiles.timestamp(meta("2020-02-05"))).isEqualTo("2020-02-05T00:00:00Z");
        assertThat(MachineFiles.timestamp(meta("2020-02-05T14:30:00+03:00"))).isEqualTo("2020-02-05T11:30:00Z");
        assertThat(MachineFiles.timestamp(meta("2020-02-05T14:30:00"))).isEqualTo("2020-02-05T14:30:00Z");
    }

    private static FrontMatter meta(String dateText) {
        return new FrontMatter("T", LocalDate.of(2020, 2, 5), dateText, "S", null, null, null, List.of(), "en", null,
                false, null, null);
    }

    @Test
    void theSearchScriptSetsAGlobalToTheIndexAsItIs() throws Exception {
        byte[] json = "[ {\"title\" : \"Ankara \u2013 \u0627\u0644\u0631\u0642\u0629\"} ]".getBytes(StandardCharsets.UTF_8);
        String script = new String(SiteOutput.bytes(MachineFiles.searchScript(out -> out.write(json))),
                StandardCharsets.UTF_8);
        assertThat(script).isEqualTo("/* generated by sitrep: the search index for search.html */\n"
                + "window.SITREP_SEARCH = [ {\"title\" : \"Ankara \u2013 \u0627\u0644\u0631\u0642\u0629\"} ];\n");
    }

    /**
     * The script holds the index as {@code data/search.json} has it, but for the newline that
     * ends the file: with rows, without any, and when the pieces are given twice (once per file).
     */
    @Test
    void theSearchScriptHoldsTheIndexFileWithoutItsNewline() throws Exception {
        DataExport data = new DataExport();
        byte[] one = data.piece(List.of(Map.of("a", 1)));
        byte[] two = data.piece(List.of(Map.of("b", "x y"), Map.of("c", 2)));
        Map<List<byte[]>, Integer> rows = Map.of(List.of(), 0, List.of(new byte[0]), 0, List.of(one, new byte[0], two), 3);
        for (var e : rows.entrySet()) {
            java.util.function.Supplier<java.util.stream.Stream<byte[]>> given = e.getKey()::stream;
            String file = new String(SiteOutput.bytes(data.jsonOfPieces(given, true)), StandardCharsets.UTF_8);
            String script = new String(SiteOutput.bytes(MachineFiles.searchScript(data.jsonOfPieces(given, false))),
                    StandardCharsets.UTF_8);
            assertThat(file).endsWith("]\n");
            assertThat(new tools.jackson.databind.ObjectMapper().readTree(file).size()).isEqualTo(e.getValue());
            assertThat(script).isEqualTo("/* generated by sitrep: the search index for search.html */\n"
                    + "window.SITREP_SEARCH = " + file.substring(0, file.length() - 1) + ";\n");
        }
    }
}
