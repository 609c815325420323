package io.sitrep;

import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.analysis.ArticleAnalysis;
import io.sitrep.analysis.Figure;
import io.sitrep.analysis.Measure;
import io.sitrep.analysis.Qualifier;
import io.sitrep.analysis.Sentence;
import io.sitrep.content.Article;
import io.sitrep.content.FrontMatter;
import io.sitrep.content.PlainText;
import io.sitrep.content.TextBlock;
import io.sitrep.content.BlockKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** Small hand-made articles and analyses for tests of the later stages. */
public final class Fixtures {

    private Fixtures() {
    }

    /** An article whose body is one paragraph of {@code text}. */
    public static Article article(String slug, String date, String source, String text) {
        FrontMatter meta = new FrontMatter("Title " + slug, LocalDate.parse(date), date, source,
                "https://example.org/" + slug, null, null, List.of("t"), "en", null, false, null, null);
        String head = "---\ntitle: x\n---\n";
        int[] offsets = IntStream.rangeClosed(0, text.length()).map(i -> head.length() + i).toArray();
        PlainText plain = new PlainText(text, offsets, List.of(new TextBlock(BlockKind.PARAGRAPH, 0, text.length())));
        return new Article(slug, "articles/" + slug + ".md", meta, head + text, head.length(), plain,
                text.split("\\s+").length, "sha-" + slug);
    }

    public static Figure figure(Measure measure, Long value, Qualifier qualifier, String actor, String date) {
        BigDecimal v = value == null ? null : BigDecimal.valueOf(value);
        return new Figure(measure, v, null, null, qualifier, v == null ? BigDecimal.valueOf(12) : v,
                "group", actor, LocalDate.parse(date), 0, 0, 1, String.valueOf(value));
    }

    /** An analysed article of one sentence carrying {@code figures}. */
    public static AnalyzedArticle analyzed(String slug, String date, String source, Figure... figures) {
        Article a = article(slug, date, source, "One sentence with numbers.");
        Sentence s = new Sentence(0, 0, a.text().text().length(), a.text().text());
        ArticleAnalysis analysis = new ArticleAnalysis(slug, List.of(s), List.of(), List.of(figures), List.of(),
                List.of(), List.of());
        return new AnalyzedArticle(a, analysis);
    }
}
