package io.sitrep.aggregate;

import io.sitrep.analysis.ArticleAnalysis;
import io.sitrep.content.Article;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figure series of the last build of a process that builds again and again ({@code serve}),
 * so that the next build makes again only the series whose claims changed: once the entity
 * counts were kept ({@link EntityMemory}), the aggregate stage waited 0.19–0.41 s for every
 * claim of 10,000 articles to be made, grouped and sorted again. Articles are known by instance,
 * as there. Not thread-safe: the builds of one process run one after another.
 */
public final class SeriesMemory {

    /** Keeps nothing: every build makes every series. */
    public static SeriesMemory none() {
        return new SeriesMemory(false);
    }

    /** Keeps each build's series for the next. */
    public static SeriesMemory kept() {
        return new SeriesMemory(true);
    }

    private final boolean keeps;
    /** The articles whose claims are kept, each with the analysis they were made of. */
    IdentityHashMap<Article, ArticleAnalysis> counted;
    /** Each article's claims. */
    IdentityHashMap<Article, List<Claim>> claimsOf;
    /** Each series' claims in report order, updated in place. */
    Map<SeriesBuilder.GroupKey, List<Claim>> groups;
    /** The series made of them. */
    Map<SeriesBuilder.GroupKey, FigureSeries> series;

    private SeriesMemory(boolean keeps) {
        this.keeps = keeps;
    }

    boolean keeps() {
        return keeps;
    }

    /** Forgets everything: the next build makes every series. */
    void forget() {
        counted = null;
        claimsOf = null;
        groups = null;
        series = null;
    }
}
