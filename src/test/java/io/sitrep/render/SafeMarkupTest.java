package io.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import io.sitrep.content.Markdown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeMarkupTest {

    private final Markdown markdown = new Markdown();

    /** Flexmark with raw HTML escaped and nothing but SafeMarkup's provider and image renderer. */
    private String render(String md) {
        return HtmlRenderer.builder(markdown.options())
                .escapeHtml(true)
                .nodeRendererFactory(options -> SafeMarkup.images())
                .attributeProviderFactory(SafeMarkup.attributes())
                .build()
                .render(markdown.parse(md));
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)",
            "java\nscript:alert(1)", "\u0000javascript:alert(1)", "\u0001javascript:alert(1)", "java\u200Bscript:alert(1)",
            "\u00A0javascript:alert(1)", "java script:alert(1)", "vbscript:msgbox(1)", "data:text/html,<script>x</script>",
            "DATA:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd", "blob:https://e.example/1", "x-unknown:thing"})
    void aTargetWithAnyOtherSchemeIsUnsafe(String url) {
        assertThat(SafeMarkup.isSafeHref(url)).as(url).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/a?b=1&c=2", "HTTP://EXAMPLE.COM", "mailto:press@example.org",
            "ftp://files.example/x", "../people/erdogan.html", "#s1", "#fn-1", "page.html", "/about", "//example.com/x",
            "a/b:c", "?q=a:b", ""})
    void webMailRelativeAndFragmentTargetsAreSafe(String url) {
        assertThat(SafeMarkup.isSafeHref(url)).as(url).isTrue();
    }

    @Test
    void linksToUnsafeTargetsKeepTheirTextAndLoseTheirTarget() {
        String html = render("""
                [data](data:text/html,x) [vb](vbscript:x "t") <vbscript:msgbox(1)> [ref][r] [tab](<java\tscript:x>)
                [entity](&#x6A;avascript:x) [named](javascript&colon;x) [ok](https://ok.example "fine")

                [r]: DATA:text/html,x
                """);
        assertThat(html).doesNotContainPattern("(?i)href=\"[^\"]*(data|script):")
                .contains("<a title=\"t\">vb</a>", "<a>vbscript:msgbox(1)</a>", "<a>ref</a>", "<a>data</a>")
                .contains("<a>entity</a>", "<a>named</a>")
                .contains("<a href=\"https://ok.example\" title=\"fine\">ok</a>");
    }

    @Test
    void onlyTheFootnotesOwnIdsAreWritten() {
        String html = render("# Heading {#main}\n\nText[^1] and[^x\"y].\n\n[^1]: One.\n[^x\"y]: Two.\n");
        assertThat(html).contains("id=\"fnref-1\"", "id=\"fn-1\"", "id=\"fnref-2\"", "id=\"fn-2\"")
                .doesNotContain("id=\"main\"").doesNotContain("align=");
    }

    @Test
    void tableAlignmentIsDroppedAsTheSanitizerDropsIt() {
        assertThat(render("| a | b |\n|:--|--:|\n| 1 | 2 |\n")).doesNotContain("align").contains("<td>1</td>");
    }

    @Test
    void imagesBecomeLinksOrNotesAsTheSanitizerMakesThem() {
        assertThat(render("![A map](https://e.example/a.png \"t\")"))
                .isEqualTo("<p><a href=\"https://e.example/a.png\" class=\"image-link\">Image: A map</a></p>\n");
        assertThat(render("![](pics/a.png)")).isEqualTo("<p><span class=\"image-missing\">[Image: image]</span></p>\n");
        assertThat(render("![x](data:image/png;base64,AAAA) ![y](javascript:x)"))
                .doesNotContain("data:").doesNotContain("javascript").doesNotContain("<img");
        assertThat(render("![a \"quote\" & 1 > 0](https://e.example/a.png)"))
                .contains(">Image: a &quot;quote&quot; &amp; 1 &gt; 0</a>");
        assertThat(render("![r][img] ![u][nope]\n\n[img]: http://e.example/r.png\n"))
                .contains("<a href=\"http://e.example/r.png\" class=\"image-link\">Image: r</a>").contains("![u][nope]");
    }

    @Test
    void anImageInALinkIsTheLinksTextSoLinksNeverNest() {
        String html = render("[![logo](https://e.example/l.png)](https://e.example/)");
        assertThat(html).isEqualTo("<p><a href=\"https://e.example/\"><span class=\"image-link\">Image: logo</span></a></p>\n");
    }
}
