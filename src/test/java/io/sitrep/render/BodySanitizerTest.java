package io.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodySanitizerTest {

    private final BodySanitizer sanitizer = new BodySanitizer();

    @Test
    void dropsScriptsHandlersAndScriptLinks() {
        String out = sanitizer.clean("<p onclick=\"x()\">Hi<script>alert(1)</script>"
                + "<a href=\"javascript:alert(1)\">x</a><iframe src=\"https://e.example\"></iframe>"
                + "<style>p{}</style></p>");
        assertThat(out).isEqualTo("<p>Hi<a>x</a></p>");
    }

    @Test
    void keepsTheMarksAndRelativeLinks() {
        String in = "<p><span class=\"s\" id=\"s1\"><mark class=\"fig\" title=\"killed\">8</mark> "
                + "<time class=\"date\" datetime=\"2020-02-03\">Monday</time> "
                + "<a class=\"ent\" href=\"../people/x.html\">X</a> <a href=\"#s1\">here</a></span></p>";
        assertThat(sanitizer.clean(in)).isEqualTo(in);
    }

    @Test
    void imagesBecomeLinksSoNothingLoadsFromAnotherHost() {
        assertThat(sanitizer.clean("<p><img src=\"https://e.example/a.png\" alt=\"A map\"></p>"))
                .isEqualTo("<p><a href=\"https://e.example/a.png\" class=\"image-link\">Image: A map</a></p>");
        assertThat(sanitizer.clean("<p><img src=\"pics/a.png\"></p>"))
                .isEqualTo("<p><span class=\"image-missing\">[Image: image]</span></p>");
    }

    @Test
    void onlyIdsSitrepWroteSurviveSoTheArticleCannotTakeTheLayoutsOrASentencesId() {
        String in = "<p><a id=\"main\" href=\"#main\">a</a> <span id=\"s1\">b</span>"
                + " <span class=\"s\" data-secret=\"s1\">c</span> <span data-other=\"x\">d</span></p>";
        assertThat(sanitizer.clean(in, "data-secret"))
                .isEqualTo("<p><a href=\"#main\">a</a> <span>b</span> <span class=\"s\" id=\"s1\">c</span> <span>d</span></p>");
    }

    @Test
    void inlineElementsAroundBlocksAreUnwrappedSoThePageStaysValid() {
        String out = sanitizer.clean("<div><p>Unclosed <b>markup <i>that</div> nests badly</p>");
        assertThat(org.jsoup.Jsoup.parseBodyFragment(out).select("b p, i p, b div, i div")).isEmpty();
        assertThat(out).contains("markup").contains("nests badly");
    }
}
