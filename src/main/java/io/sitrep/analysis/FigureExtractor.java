package io.sitrep.analysis;

import io.sitrep.content.PlainText;
import java.time.LocalDate;
import java.util.List;

/** Finds the figures each sentence reports, with measure, qualifier, group, actor and date. */
public final class FigureExtractor {

    private final FigureRules rules;
    private final Dictionary dictionary;

    public FigureExtractor(FigureRules rules, Dictionary dictionary) {
        this.rules = rules;
        this.dictionary = dictionary;
    }

    /**
     * @param mentions entity mentions found in the same text (for actors)
     * @param dates    date expressions found in the same text (for event dates)
     */
    public List<Figure> find(PlainText text, List<Sentence> sentences, List<Mention> mentions,
                             List<DateMention> dates, LocalDate published) {
        return List.of(); // to be written (issue 3)
    }
}
