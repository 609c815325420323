package io.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.aggregate.Briefing;
import io.sitrep.content.Markdown;
import io.sitrep.analysis.Analyzer;
import io.sitrep.analysis.Dictionary;
import io.sitrep.analysis.DictionaryReader;
import io.sitrep.analysis.FigureRules;
import io.sitrep.content.Article;
import io.sitrep.content.ContentLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Attribute;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

    /** Markdown that tries every way to bring markup, scripts, ids or broken nesting into a page without raw HTML. */
    static Stream<String> hostileMarkdown() throws IOException {
        List<String> out = new ArrayList<>();
        for (String name : List.of("2020-02-05-raw-html.md", "2020-02-06-markdown-links.md")) {
            String file = Files.readString(Path.of("src/test/resources/hostile/site/articles", name));
            out.add(file.substring(file.indexOf("\n---\n", 4) + 5)); // the body
        }
        out.add("""
                Turkey said [Idlib](java&#9;script:alert(1)) and [Ankara](&#x6A;avascript:alert(1)) and
                [x](javascript&colon;alert(1)) and [y](<data:text/html,x>) and <vbscript:msgbox(1)> and
                <data:text/html,<script>x</script>> and [z](http://ok.example "\\"><script>alert(1)</script>").
                Bare http://evil.example/"onmouseover="alert(1) and www.evil.example/'><script> and
                mallory@evil.example"><script>. Mallory Evil met [Turkey *in Idlib*](https://t.example) on Monday.

                # A heading with an id {#main}

                Setext with an id {#s1}
                ---

                [![Idlib map](https://e.example/m.png "t\\"x")](https://e.example/) and ![Turkey](javascript:x)
                and ![Ankara][pic] and [text][js] and [^"><script>] and [^1].

                [pic]: data:image/png;base64,AAAA
                [js]: JAVASCRIPT:alert(1)
                [^1]: A note on Turkey with [a link](vbscript:x) and `<code id="main">`.
                [^"><script>]: Another.

                ```"><script>alert(1)</script>
                <script>alert(1)</script>
                ```

                | <b id="main">a</b> | [Idlib](javascript:x) |
                |:--|--:|
                | Turkey &lt;i&gt; | ![x](x.png) |

                0000007. Seven
                - *emphasis **strong [link](#s2) across** marks* Turkey said 14 soldiers were killed.
                > Quoted: “Turkey will respond,” Mallory Evil said.
                """);
        return out.stream();
    }

    /** Loads one article through the real loader and analyzer, with the hostile site's dictionary. */
    private String renderBody(String body, boolean allowHtml) throws Exception {
        Path content = Files.createTempDirectory(dir, "content");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("articles/2020-02-06-hostile.md"),
                "---\ntitle: T\ndate: 2020-02-06\nsource: S\n---\n\n" + body);
        Files.writeString(content.resolve("briefing.yaml"), "title: T\n");
        List<io.sitrep.content.Problem> problems = new ArrayList<>();
        Dictionary dictionary = new DictionaryReader().read(Path.of("src/test/resources/hostile/site/entities.yaml"),
                "entities.yaml", problems);
        Markdown markdown = new Markdown();
        Article article = new ContentLoader(markdown).load(content, false).articles().get(0);
        var analyzed = new AnalyzedArticle(article, new Analyzer(dictionary, FigureRules.defaults()).analyze(article));
        return new ArticleBody(markdown).render(analyzed, dictionary.index(), "../", allowHtml);
    }

    @ParameterizedTest
    @MethodSource("hostileMarkdown")
    void withRawHtmlEscapedTheBodyIsWhatTheSanitizerWouldKeep(String markdown) throws Exception {
        String html = renderBody(markdown, false);
        assertNests(html);
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        // the sanitizer (ids trusted) has nothing left to remove, rewrite or repair
        assertThat(new BodySanitizer().clean(html)).isEqualTo(doc.body().html());
        assertThat(doc.select("script, img, iframe, style, [onerror], [onclick], [onmouseover], [src], [style]")).isEmpty();
        assertThat(doc.select("a a, a[href] a, [align]")).isEmpty();
        Set<String> ids = new HashSet<>();
        for (Element e : doc.body().getAllElements()) {
            if (e.hasAttr("id")) {
                assertThat(e.id()).matches("s\\d+|fn(ref)?-\\d+(-\\d+)*");
                assertThat(ids.add(e.id())).as("unique id " + e.id()).isTrue();
            }
            for (Attribute a : e.attributes()) {
                String value = a.getValue().toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f\\u200b]", "");
                assertThat(a.getKey()).isIn("id", "class", "title", "href", "datetime", "start");
                if (a.getKey().equals("href")) {
                    assertThat(value).doesNotStartWith("javascript:").doesNotStartWith("vbscript:").doesNotStartWith("data:");
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("hostileMarkdown")
    void bothWaysOfRenderingKeepEverySentenceAnchorAndTheSameText(String markdown) throws Exception {
        Document escaped = Jsoup.parseBodyFragment(renderBody(markdown, false));
        Document sanitized = Jsoup.parseBodyFragment(renderBody(markdown, true));
        assertThat(escaped.select(".s[id], [id^=s]").eachAttr("id")).isNotEmpty()
                .containsAll(sanitized.select("[id^=s]").eachAttr("id").stream().filter(id -> id.matches("s\\d+")).toList());
        assertThat(escaped.select("a.ent").size()).isPositive();
    }

    @Test
    void theNestingCheckRejectsWhatIsNotNested() {
        for (String bad : List.of("<i><b>x</i></b>", "<p>x", "x</p>", "<a href=\"x\"\">y</a>", "<p>a > b</p>", "<br>")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertNests(bad)).as(bad).isInstanceOf(AssertionError.class);
        }
        assertNests("<p class=\"s\"><i>a<br />b</i></p><hr />");
    }

    private static final Pattern TAG = Pattern.compile("<(/?)([a-z][a-z0-9]*)((?: [a-z-]+=\"[^\"<>]*\")*)( /)?>");
    private static final Set<String> VOID = Set.of("br", "hr");

    /** Every element is closed in order, and no {@code <}, {@code >} or stray quote is outside a well-formed tag. */
    private static void assertNests(String html) {
        List<String> open = new ArrayList<>();
        Matcher m = TAG.matcher(html);
        int at = 0;
        while (m.find()) {
            assertThat(html.substring(at, m.start())).as("text before " + m.group()).doesNotContain("<", ">");
            String name = m.group(2);
            if (VOID.contains(name)) {
                assertThat(m.group(1)).isEmpty();
                assertThat(m.group(4)).as(m.group()).isNotNull(); // Flexmark writes <br />
            } else if (m.group(1).isEmpty()) {
                assertThat(m.group(4)).as(m.group()).isNull();
                open.add(name);
            } else {
                assertThat(open).as("closing " + m.group() + " at " + m.start()).isNotEmpty();
                assertThat(open.remove(open.size() - 1)).as("closing " + m.group() + " at " + m.start()).isEqualTo(name);
            }
            at = m.end();
        }
        assertThat(html.substring(at)).doesNotContain("<", ">");
        assertThat(open).as("left open").isEmpty();
    }
}
