package io.sitrep.analysis;

import io.sitrep.content.PlainText;
import java.util.List;

/** Finds quotations and attributes them to a speaker. */
public final class QuoteFinder {

    private final Dictionary dictionary;

    public QuoteFinder(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    public List<Quote> find(PlainText text, List<Sentence> sentences, List<Mention> mentions) {
        return List.of(); // to be written (issue 3)
    }
}
