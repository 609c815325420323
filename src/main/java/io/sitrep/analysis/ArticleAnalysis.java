package io.sitrep.analysis;

import java.util.List;

/**
 * What the analysis stage found in one article: the result of a pure function of the
 * article's text, its publication date, the dictionary and the rules, so it can be computed
 * in parallel and cached by those inputs.
 *
 * @param article the article's slug
 */
public record ArticleAnalysis(
        String article,
        List<Sentence> sentences,
        List<Mention> mentions,
        List<Figure> figures,
        List<DateMention> dates,
        List<Quote> quotes,
        List<UnconfirmedName> unconfirmed) {

    public ArticleAnalysis {
        sentences = List.copyOf(sentences);
        mentions = List.copyOf(mentions);
        figures = List.copyOf(figures);
        dates = List.copyOf(dates);
        quotes = List.copyOf(quotes);
        unconfirmed = List.copyOf(unconfirmed);
    }

    public static ArticleAnalysis empty(String article) {
        return new ArticleAnalysis(article, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
