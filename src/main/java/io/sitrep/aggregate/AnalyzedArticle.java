package io.sitrep.aggregate;

import io.sitrep.analysis.ArticleAnalysis;
import io.sitrep.content.Article;

/** An article with what the analysis stage found in it. */
public record AnalyzedArticle(Article article, ArticleAnalysis analysis) {

    public String slug() {
        return article.slug();
    }
}
