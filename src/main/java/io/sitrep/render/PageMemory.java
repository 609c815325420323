package io.sitrep.render;

import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.analysis.ArticleAnalysis;
import io.sitrep.analysis.Dictionary;
import io.sitrep.content.Article;
import io.sitrep.render.view.Parts.Ref;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the article pages of the last build of a process that builds again and again
 * ({@code serve}) took from each article and the dictionary alone: the entities it links, most
 * mentioned first, and its quotes' speakers. Every rebuild at 10,000 articles counted every
 * article's mentions again for its page key, about half of the article pages' work when few of
 * them are rendered.
 *
 * <p>Articles are known by instance: a rebuild gets an unchanged article and its analysis as
 * the same objects from the cache's memory (each build pairs them in a new
 * {@link AnalyzedArticle}, so the pair is not what is compared). What is kept holds only for the same dictionary
 * (names and pages of entities). Pages are built on several threads at once; what one build
 * used is what the next finds.
 */
public final class PageMemory {

    /** Keeps nothing: every build makes every page's parts. */
    public static PageMemory none() {
        return new PageMemory(false);
    }

    /** Keeps each build's parts for the next. */
    public static PageMemory kept() {
        return new PageMemory(true);
    }

    /** An article's parts that depend on it and the dictionary only. */
    record ArticleParts(List<Ref> entities, List<Ref> speakers) {
    }

    private final boolean keeps;
    private Dictionary dictionary;
    private Map<Article, Kept> before = Map.of();
    private Map<Article, Kept> now = Map.of();

    /** An article's parts, with the analysis they were made from. */
    private record Kept(ArticleAnalysis analysis, ArticleParts parts) {
    }

    private PageMemory(boolean keeps) {
        this.keeps = keeps;
    }

    /** Starts a build with {@code dictionary}: parts kept under another are forgotten. */
    void startBuild(Dictionary current) {
        if (!keeps) {
            return;
        }
        before = current.equals(dictionary) ? now : Map.of();
        now = Collections.synchronizedMap(new IdentityHashMap<>());
        dictionary = current;
    }

    /** The article's parts: those of the last build for the same instance, else made by {@code make}. */
    ArticleParts parts(AnalyzedArticle article, Function<AnalyzedArticle, ArticleParts> make) {
        if (!keeps) {
            return make.apply(article);
        }
        Kept kept = before.get(article.article());
        if (kept == null || kept.analysis() != article.analysis()) {
            kept = new Kept(article.analysis(), make.apply(article));
        }
        now.put(article.article(), kept);
        return kept.parts();
    }
}
