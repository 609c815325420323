package io.sitrep.analysis;

import io.sitrep.content.Article;
import io.sitrep.content.PlainText;
import java.util.List;

/**
 * The per-article analysis: sentences, then entity mentions, dates, figures and quotes.
 *
 * <p>A pure function of the article and of the dictionary and rules given to the constructor:
 * the same inputs give an equal {@link ArticleAnalysis}. One instance is built per build and
 * shared by all threads; it holds no mutable state.
 */
public final class Analyzer {

    /** Bump when the analysis code changes what it finds: it is part of every cache key. */
    public static final String VERSION = "3";

    private final Dictionary dictionary;
    private final FigureRules rules;
    private final SentenceSplitter sentences = new SentenceSplitter();
    private final EntityMatcher entities;
    private final NameSpotter names = new NameSpotter();
    private final DateFinder dates = new DateFinder();
    private final FigureExtractor figures;
    private final QuoteFinder quotes;

    public Analyzer(Dictionary dictionary, FigureRules rules) {
        this.dictionary = dictionary;
        this.rules = rules;
        this.entities = new EntityMatcher(dictionary);
        this.figures = new FigureExtractor(rules, dictionary);
        this.quotes = new QuoteFinder(dictionary);
    }

    /** The cache key part that is not the article: analysis version, dictionary and rules. */
    public String fingerprint() {
        return VERSION + ":" + dictionary.fingerprint() + ":" + rules.fingerprint();
    }

    public Dictionary dictionary() {
        return dictionary;
    }

    public ArticleAnalysis analyze(Article article) {
        PlainText text = article.text();
        char[] chars = text.text().toCharArray(); // one copy read by every finder: array reads are fast under C1
        List<Sentence> split = sentences.split(text, chars);
        List<Mention> mentions = entities.find(text, chars, split);
        List<WordTokens> tokens = WordTokens.of(text.text(), chars, split);
        List<UnconfirmedName> unconfirmed = names.find(split, mentions, tokens);
        List<DateMention> dated = dates.find(text, split, article.meta().date(), tokens);
        List<Figure> found = figures.find(text, chars, split, mentions, dated, article.meta().date());
        List<Quote> quoted = quotes.find(text, chars, split, mentions, unconfirmed, tokens);
        return new ArticleAnalysis(article.slug(), split, mentions, found, dated, quoted, unconfirmed);
    }
}
