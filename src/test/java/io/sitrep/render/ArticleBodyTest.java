package io.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.aggregate.Briefing;
import io.sitrep.content.Markdown;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleBodyTest {

    @TempDir
    Path dir;

    private String render(String slugEnd, boolean allowHtml) {
        Briefing b = Fixture.briefing(dir);
        AnalyzedArticle a = b.articles().stream().filter(x -> x.slug().endsWith(slugEnd)).findFirst().orElseThrow();
        return new ArticleBody(new Markdown()).render(a, b.dictionary().index(), "../", allowHtml);
    }

    @Test
    void everySentenceHasItsIdOnce() {
        Document doc = Jsoup.parseBodyFragment(render("alpha", false));
        assertThat(doc.select("[id^=s]").eachAttr("id")).containsExactly("s1", "s2", "s3", "s4");
    }

    @Test
    void marksNestInsideSentencesAndAcrossEmphasis() {
        Document doc = Jsoup.parseBodyFragment(render("alpha", false));
        Element eight = doc.selectFirst("mark.fig-killed");
        assertThat(eight.text()).isEqualTo("eight");
        assertThat(eight.parent().tagName()).isEqualTo("span"); // a sentence piece inside <em>
        assertThat(eight.parent().parent().tagName()).isEqualTo("em");
        assertThat(eight.attr("title")).isEqualTo("killed: Turkish soldiers (Turkey)");
        Element quote = doc.selectFirst("span.quote");
        assertThat(quote.attr("title")).isEqualTo("Quote: Recep Tayyip Erdoğan");
        assertThat(quote.closest(".s").id()).isEqualTo("s3");
    }

    @Test
    void theOutputIsWellFormedAndNeverNestsLinks() {
        String html = render("alpha", false);
        // parses as XML: every element the marks open is closed in order
        Document xml = Jsoup.parse("<div>" + html + "</div>", "", Parser.xmlParser());
        assertThat(xml.select("div > *")).isNotEmpty();
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("a a")).isEmpty();
        assertThat(doc.select("a[href=https://un.org/news] a.ent")).isEmpty();
    }

    @Test
    void rawHtmlIsEscapedByDefaultAndSanitizedWhenAllowed() {
        Document escaped = Jsoup.parseBodyFragment(render("alpha", false));
        assertThat(escaped.select("script, img")).isEmpty();
        assertThat(escaped.text()).contains("<script>alert('x')</script>");
        Document allowed = Jsoup.parseBodyFragment(render("alpha", true));
        assertThat(allowed.select("script, img, [onerror]")).isEmpty();
        assertThat(allowed.text()).doesNotContain("alert('x')");
        assertThat(allowed.select("a.image-link").attr("href")).isEqualTo("https://evil.example/x.png");
    }

    @Test
    void aSentenceStartingInInlineCodeKeepsItsAnchor() throws Exception {
        Path content = dir.resolve("code/content/articles");
        java.nio.file.Files.createDirectories(content);
        java.nio.file.Files.writeString(content.resolve("2020-01-01-code.md"),
                "---\ntitle: T\ndate: 2020-01-01\nsource: S\n---\n\nFirst one. `Code` starts the second.\n");
        java.nio.file.Files.writeString(dir.resolve("code/content/briefing.yaml"), "title: T\n");
        var article = new io.sitrep.content.ContentLoader(new Markdown()).load(dir.resolve("code/content"), false)
                .articles().get(0);
        var sentences = new io.sitrep.analysis.SentenceSplitter().split(article.text());
        var analysis = new io.sitrep.analysis.ArticleAnalysis(article.slug(), sentences, java.util.List.of(),
                java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of());
        String html = new ArticleBody(new Markdown()).render(new AnalyzedArticle(article, analysis),
                java.util.Map.of(), "../", false);
        Document doc = Jsoup.parseBodyFragment(html);
        assertThat(doc.select("#s1").text()).isEqualTo("First one.");
        assertThat(doc.select("#s2")).hasSize(1);
        assertThat(doc.select("#s2 + code").text()).isEqualTo("Code");
    }
}
