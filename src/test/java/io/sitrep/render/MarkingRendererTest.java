package io.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.analysis.Analyzer;
import io.sitrep.analysis.ArticleAnalysis;
import io.sitrep.analysis.Dictionary;
import io.sitrep.analysis.DictionaryReader;
import io.sitrep.analysis.FigureRules;
import io.sitrep.content.Article;
import io.sitrep.content.ContentLoader;
import io.sitrep.content.Markdown;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The marks land on exactly the characters the analysis found, however the Markdown spells them. */
class MarkingRendererTest {

    @TempDir
    Path dir;

    private Article article;
    private ArticleAnalysis analysis;
    private Dictionary dictionary;

    /** Loads and analyzes one article with the hostile site's dictionary, and renders its body. */
    private String render(String body, boolean allowHtml) throws Exception {
        Path content = Files.createTempDirectory(dir, "content");
        Files.createDirectories(content.resolve("articles"));
        Files.writeString(content.resolve("articles/2020-02-06-marks.md"),
                "---\ntitle: T\ndate: 2020-02-06\nsource: S\n---\n\n" + body);
        Files.writeString(content.resolve("briefing.yaml"), "title: T\n");
        dictionary = new DictionaryReader().read(Path.of("src/test/resources/hostile/site/entities.yaml"),
                "entities.yaml", new ArrayList<>());
        Markdown markdown = new Markdown();
        article = new ContentLoader(markdown).load(content, false).articles().get(0);
        analysis = new Analyzer(dictionary, FigureRules.defaults()).analyze(article);
        return new ArticleBody(markdown).render(new AnalyzedArticle(article, analysis), dictionary.index(), "../",
                allowHtml);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void everyMarkHoldsTheTextTheAnalysisFoundThroughEscapesAndReferences(boolean allowHtml) throws Exception {
        String body = """
                Turkey said 1,000 soldiers were killed in Idlib on Monday &amp; 14 more on Tuesday.
                Ankara \\*said\\* 2\\,000 troops &mdash; and Turkey's 300 tanks &#x2014; moved on 3 February 2020.

                *Turkey* said **14 soldiers** were killed in [Idlib on Monday](https://e.example) \\[and\\] `code` Turkey.
                Mallory Evil said Turkey&nbsp;lost 8 soldiers in Idlib\\
                on Saturday, and 5&nbsp;000 people fled Idlib.
                """;
        String html = render(body, allowHtml);
        String text = article.text().text();
        Document doc = Jsoup.parseBodyFragment(html);

        assertThat(analysis.figures()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(doc.select("mark.fig").eachText())
                .containsExactlyElementsOf(analysis.figures().stream().map(f -> text.substring(f.start(), f.end())).toList());
        assertThat(analysis.dates()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(doc.select("time.date").eachText())
                .containsExactlyElementsOf(analysis.dates().stream().map(d -> text.substring(d.start(), d.end())).toList());
        // no mention link inside the Markdown link: that one Idlib is not linked
        List<String> mentions = new ArrayList<>();
        analysis.mentions().stream().filter(m -> dictionary.index().containsKey(m.entity()))
                .map(m -> text.substring(m.start(), m.end())).forEach(mentions::add);
        assertThat(doc.select("a.ent").eachText()).hasSize(mentions.size() - 1).isSubsetOf(mentions);
        assertThat(doc.select("a[href^=https] a")).isEmpty();
        assertThat(doc.select("[id^=s]").eachAttr("id"))
                .containsExactlyElementsOf(analysis.sentences().stream().map(s -> s.anchorId()).toList());
    }

    /** Escaped only: jsoup, under the sanitizer, reads U+FFFF as the end of its input. */
    @Test
    void textThatLooksLikeTheRenderersSlotsIsWrittenAsItIs() throws Exception {
        String slot = "\uFFFF0\uFFFF";
        String html = render("Turkey said `" + slot + "` and [x](https://a.example \"" + slot + "\") while "
                + slot + " 14 soldiers were killed in Idlib on Monday.\n", false);
        assertThat(html).contains("<code>" + slot + "</code>", " title=\"" + slot + "\"><span class=\"s\">x</span></a>",
                "<span class=\"s\"> while " + slot + " <mark class=\"fig ", ">14</mark>", ">Idlib</a>");
        assertThat(html.chars().filter(c -> c == '\uFFFF').count()).isEqualTo(6);
    }

    @Test
    void outputWithASlotItDidNotWriteIsRefusedSoTheBodyIsRenderedAgainWithoutSlots() {
        MarkingRenderer marking = new MarkingRenderer(null, "id", true); // no text rendered: no slots written
        assertThat(marking.fillIn("<p>plain</p>")).isEqualTo("<p>plain</p>");
        assertThat(marking.fillIn("<p>\uFFFF0\uFFFF</p>")).isNull();
        assertThat(marking.fillIn("<p>\uFFFF</p>")).isNull();
        assertThat(new MarkingRenderer(null, "id", false).fillIn("<p>\uFFFF0\uFFFF</p>")).isEqualTo("<p>\uFFFF0\uFFFF</p>");
    }
}
