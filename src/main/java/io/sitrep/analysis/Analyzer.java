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
    public static final String VERSION = "1";

    private final Dictionary dictionary;
    private final SentenceSplitter sentences = new SentenceSplitter();

    public Analyzer(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** The cache key part that is not the article: analysis version, dictionary and rules. */
    public String fingerprint() {
        return VERSION + ":" + dictionary.fingerprint();
    }

    public Dictionary dictionary() {
        return dictionary;
    }

    public ArticleAnalysis analyze(Article article) {
        PlainText text = article.text();
        List<Sentence> split = sentences.split(text);
        return new ArticleAnalysis(article.slug(), split, List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
