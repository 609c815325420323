package io.sitrep.changes;

import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.aggregate.Briefing;
import io.sitrep.aggregate.FigureSeries;
import io.sitrep.aggregate.Headline;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a build published, as far as "what changed" needs it: each article (by slug) with the
 * digest of its file, and the headline value of each figure series (by series id).
 */
public record Snapshot(SortedMap<String, ArticleState> articles, SortedMap<String, FigureState> figures) {

    public Snapshot {
        articles = new TreeMap<>(articles == null ? Map.of() : articles);
        figures = new TreeMap<>(figures == null ? Map.of() : figures);
    }

    public record ArticleState(String title, String path, String sha256, String source, LocalDate date) {
    }

    /** A series' headline: its value (null for a vague one), source, date and sentence. */
    public record FigureState(String label, BigDecimal value, String source, LocalDate asOf, String anchor) {
    }

    public static Snapshot of(Briefing briefing) {
        SortedMap<String, ArticleState> articles = new TreeMap<>();
        for (AnalyzedArticle a : briefing.articles()) {
            var m = a.article().meta();
            articles.put(a.slug(), new ArticleState(m.title(), a.article().pagePath(), a.article().sha256(),
                    m.source(), m.date()));
        }
        SortedMap<String, FigureState> figures = new TreeMap<>();
        for (FigureSeries s : briefing.series()) {
            Headline h = s.headline();
            if (h != null) {
                figures.put(s.id(), new FigureState(s.label(), h.value(), h.claim().source(), h.asOf(),
                        h.claim().anchor()));
            }
        }
        return new Snapshot(articles, figures);
    }
}
