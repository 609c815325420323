package io.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.aggregate.Briefing;
import io.sitrep.render.view.Parts.ChartView;
import io.sitrep.render.view.Parts.DataTable;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteRendererTest {

    @TempDir
    Path dir;

    private static final String ALPHA = "articles/2020-02-05-alpha.html";
    private static final String BETA = "articles/2020-02-10-beta.html";

    @Test
    void everyPageOfTheSiteMapExistsWithItsTitleLandmarksAndLanguage() throws Exception {
        Map<String, byte[]> files = Fixture.render(Fixture.briefing(dir), ChartSet.none());
        Map<String, String> titles = Map.ofEntries(
                Map.entry("index.html", "Overview"),
                Map.entry(ALPHA, "Alpha <script>alert(1)</script> report"),
                Map.entry(BETA, "Beta: soldiers killed"),
                Map.entry("people/index.html", "People"),
                Map.entry("people/recep-tayyip-erdogan.html", "Recep Tayyip Erdoğan"),
                Map.entry("places/index.html", "Places"),
                Map.entry("places/turkey.html", "Turkey"),
                Map.entry("places/idlib.html", "Idlib"),
                Map.entry("organizations/index.html", "Organizations"),
                Map.entry("organizations/united-nations.html", "United Nations"),
                Map.entry("figures.html", "Figures"),
                Map.entry("timeline.html", "Timeline"),
                Map.entry("quotes.html", "Quotes"),
                Map.entry("names.html", "Names to confirm"),
                Map.entry("sources/index.html", "Sources"),
                Map.entry("sources/wire-one.html", "Wire One"),
                Map.entry("tags/index.html", "Tags"),
                Map.entry("tags/turkey.html", "Tag: turkey"),
                Map.entry("archive.html", "Archive"),
                Map.entry("search.html", "Search"),
                Map.entry("404.html", "Page not found"));
        titles.forEach((path, title) -> {
            Document doc = Jsoup.parse(Fixture.page(files, path));
            assertThat(doc.title()).as(path).isEqualTo(title + " · Test briefing");
            assertThat(doc.select("html").attr("lang")).as(path).isEqualTo("en");
            assertThat(doc.select("main#main")).as(path).hasSize(1);
            assertThat(doc.select("a.skip-link[href=#main]")).as(path).hasSize(1);
            assertThat(doc.select("h1")).as(path).hasSize(1);
        });
        assertThat(files).containsKeys("feed.xml", "sitemap.xml", "robots.txt", "data/search.json", "search-index.js",
                "search.js", "style.css", "data/figures.json");
    }

    @Test
    void indexLeadsWithKeyFiguresLinkedToTheirSentences() throws Exception {
        Map<String, byte[]> files = Fixture.render(Fixture.briefing(dir), ChartSet.none());
        Document index = Jsoup.parse(Fixture.page(files, "index.html"));
        assertThat(index.select(".period").text()).contains("5–10 February 2020").contains("2 articles from 2 sources");
        Element killed = index.select(".card").stream()
                .filter(c -> c.select(".card-label").text().equals("Turkey: killed")).findFirst().orElseThrow();
        // latest period: 8 (3 Feb, Wire One) and 10 (8 Feb, Wire Two): the lowest credible, with the range
        assertThat(killed.select(".card-value a").text()).isEqualTo("8");
        assertThat(killed.select(".card-value a").attr("href")).isEqualTo(ALPHA + "#s1");
        assertThat(killed.select(".card-range").text()).contains("8–10");
        assertThat(killed.select(".card-meta").text()).contains("Wire One, Wire Two").contains("8 February 2020");
        assertThat(index.select("#actors-h + ul a").eachText()).startsWith("Turkey");
        assertThat(index.select("#latest-h + ul .article-title").eachAttr("href")).containsExactly(BETA, ALPHA);
    }

    @Test
    void articlePageMarksFiguresQuotesDatesAndNamesInsideIdentifiedSentences() throws Exception {
        Map<String, byte[]> files = Fixture.render(Fixture.briefing(dir), ChartSet.none());
        Document doc = Jsoup.parse(Fixture.page(files, ALPHA));
        Element body = doc.selectFirst(".article-body");
        Element eight = body.selectFirst("mark.fig");
        assertThat(eight.text()).isEqualTo("eight");
        assertThat(eight.closest("em")).isNotNull();
        assertThat(eight.closest(".s")).isNotNull();
        assertThat(body.select("#s1").text()).startsWith("Turkey said");
        assertThat(body.select("mark.fig-displaced").text()).isEqualTo("more than 800,000");
        // sentence 2 runs across a link: its pieces are separate spans, the first one has the id
        Element displaced = body.selectFirst("mark.fig-displaced");
        assertThat(displaced.closest(".s")).isNotNull();
        assertThat(body.select("#s2").text()).isEqualTo("The");
        assertThat(body.select("#s2 ~ .s").eachText()).contains("said more than 800,000 people fled.");
        assertThat(body.select("span.quote").text()).isEqualTo("We will respond,");
        assertThat(body.select("time.date").attr("datetime")).isEqualTo("2020-02-03");
        assertThat(body.select("a.ent").eachAttr("href")).containsExactly("../places/turkey.html",
                "../places/idlib.html", "../people/recep-tayyip-erdogan.html");
        // "United Nations" is already a link's text: no link inside a link
        assertThat(body.select("a a")).isEmpty();
        assertThat(body.select("a[href=https://un.org/news]").text()).isEqualTo("United Nations");
        // the side list links to the same sentences
        assertThat(doc.select(".findings a[href$=#s1]")).isNotEmpty();
        assertThat(doc.select(".findings").text()).contains("Recep Tayyip Erdoğan").contains("on Monday");
        assertThat(doc.select(".meta-list a.external").attr("href")).isEqualTo("https://example.com/alpha");
    }

    @Test
    void noScriptOrScriptLinkFromArticleTextSurvives() throws Exception {
        for (boolean allowHtml : List.of(false, true)) {
            Briefing b = Fixture.briefing(dir.resolve(allowHtml ? "html" : "escaped"));
            Briefing briefing = new Briefing(withHtml(b, allowHtml), b.dictionary(), b.articles(), b.series(),
                    b.entities(), b.coverage(), b.from(), b.to());
            Map<String, byte[]> files = Fixture.render(briefing, ChartSet.none());
            Document doc = Jsoup.parse(Fixture.page(files, ALPHA));
            assertThat(doc.select("script")).as("allowHtml=" + allowHtml).isEmpty();
            assertThat(doc.select("[onerror], [onclick]")).isEmpty();
            assertThat(doc.select("img")).isEmpty();
            assertThat(doc.select("a[href^=javascript]")).isEmpty();
            assertThat(doc.title()).contains("<script>"); // shown as text, not run
            if (!allowHtml) {
                assertThat(doc.select(".article-body").text()).contains("<script>alert('x')</script>");
            }
        }
    }

    private static io.sitrep.content.BriefingConfig withHtml(Briefing b, boolean allow) {
        var c = b.config();
        return new io.sitrep.content.BriefingConfig(c.title(), c.subtitle(), c.description(), c.language(),
                c.baseUrl(), c.periodFrom(), c.periodTo(), allow);
    }

    @Test
    void twoRendersGiveIdenticalBytes() throws Exception {
        Map<String, byte[]> first = Fixture.render(Fixture.briefing(dir.resolve("a")), ChartSet.none());
        Map<String, byte[]> second = Fixture.render(Fixture.briefing(dir.resolve("b")), ChartSet.none());
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((path, bytes) -> assertThat(Arrays.equals(bytes, second.get(path))).as(path).isTrue());
    }

    @Test
    void pagesDegradeGracefullyWhenTheAnalysisFoundOnlySentences() throws Exception {
        Map<String, byte[]> files = Fixture.render(Fixture.sentencesOnly(dir), ChartSet.none());
        assertThat(Jsoup.parse(Fixture.page(files, "index.html")).select("#key-figures-h + p.empty").text())
                .contains("No figures");
        assertThat(Jsoup.parse(Fixture.page(files, "figures.html")).select("main .empty")).isNotEmpty();
        assertThat(Jsoup.parse(Fixture.page(files, "timeline.html")).select("main .empty")).isNotEmpty();
        assertThat(Jsoup.parse(Fixture.page(files, "quotes.html")).select("main .empty")).isNotEmpty();
        assertThat(Jsoup.parse(Fixture.page(files, "names.html")).select("main .empty")).isNotEmpty();
        Document article = Jsoup.parse(Fixture.page(files, ALPHA));
        assertThat(article.select(".article-body .s[id]")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(article.select(".findings .empty")).hasSize(4);
    }

    @Test
    void chartsAppearWithAltTextCaptionDataTableAndDownloads() throws Exception {
        Briefing b = Fixture.briefing(dir);
        ChartView chart = new ChartView("killed", "Killed, by side", "As reported, lowest credible figure.",
                "Line chart: Turkish soldiers killed rose from 8 to 10 between 3 and 8 February.",
                "charts/killed.svg", "charts/killed.png",
                new DataTable(List.of("Date", "Turkey"), List.of(List.of("2020-02-03", "8"), List.of("2020-02-08", "10"))),
                "data/figures.csv", "data/figures.json", 640, 400);
        ChartSet charts = ChartSet.of(List.of(chart), Map.of("killed-turkey", List.of(chart)),
                Map.of("turkey", List.of(chart)));
        Map<String, byte[]> files = Fixture.render(b, charts);
        for (String path : List.of("index.html", "figures.html", "places/turkey.html")) {
            Document doc = Jsoup.parse(Fixture.page(files, path));
            Element figure = doc.selectFirst(".chart");
            assertThat(figure).as(path).isNotNull();
            String prefix = path.contains("/") ? "../" : "";
            assertThat(figure.select("img").attr("src")).isEqualTo(prefix + "charts/killed.svg");
            assertThat(figure.select("img").attr("alt")).startsWith("Line chart");
            assertThat(figure.select("figcaption").text()).contains("Killed, by side");
            assertThat(figure.select("table td").eachText()).contains("2020-02-03", "10");
            assertThat(figure.select(".downloads a").eachText()).containsExactly("PNG", "SVG", "CSV", "JSON");
        }
        assertThat(Jsoup.parse(Fixture.page(files, "figures.html")).select("#killed-turkey .chart figure")).hasSize(1);
    }
}
