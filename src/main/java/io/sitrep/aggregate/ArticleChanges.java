package io.sitrep.aggregate;

import io.sitrep.analysis.ArticleAnalysis;
import io.sitrep.content.Article;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * The articles of a build against those an earlier build of the process used, by instance (the
 * cache's memory gives an unchanged article and its analysis as the same objects): those gone or
 * changed, and those new or changed. A changed file is a new instance, so it is in both.
 *
 * @param now   this build's articles, each with its analysis, for the next build to compare with
 * @param gone  the earlier build's articles not in this one as they were
 * @param fresh this build's articles not in the earlier one as they are
 */
record ArticleChanges(IdentityHashMap<Article, ArticleAnalysis> now, List<AnalyzedArticle> gone,
                      List<AnalyzedArticle> fresh) {

    static ArticleChanges between(IdentityHashMap<Article, ArticleAnalysis> before, List<AnalyzedArticle> articles) {
        IdentityHashMap<Article, ArticleAnalysis> now = instances(articles);
        List<AnalyzedArticle> gone = new ArrayList<>();
        before.forEach((article, analysis) -> {
            if (now.get(article) != analysis) {
                gone.add(new AnalyzedArticle(article, analysis));
            }
        });
        List<AnalyzedArticle> fresh = articles.stream().filter(a -> before.get(a.article()) != a.analysis()).toList();
        return new ArticleChanges(now, gone, fresh);
    }

    /** The articles, each with its analysis, by instance. */
    static IdentityHashMap<Article, ArticleAnalysis> instances(List<AnalyzedArticle> articles) {
        IdentityHashMap<Article, ArticleAnalysis> out = new IdentityHashMap<>(articles.size() * 2);
        articles.forEach(a -> out.put(a.article(), a.analysis()));
        return out;
    }

    /**
     * Whether so many changed (more than a quarter of {@code total}: new rules give every article
     * a new analysis) that doing everything again on all cores is quicker than one by one.
     */
    boolean many(int total) {
        return gone.size() + fresh.size() > total / 4 + 1;
    }
}
