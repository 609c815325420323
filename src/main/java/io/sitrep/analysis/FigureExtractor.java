package io.sitrep.analysis;

import io.sitrep.content.PlainText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the figures each sentence reports, with measure, qualifier, group, actor and date.
 *
 * <p>Each sentence is scanned once into tokens; every amount found in them ("more than
 * 800,000", "a hundred", "dozens", "6 billion euros") gets its measure from the words around
 * it, its group and actor from what it counts, and its date from the sentence's dates. The
 * words come from {@link FigureRules}; the dictionary adds the names of the actors. The rules
 * are compiled once, in the constructor: one instance serves every article and thread.
 */
public final class FigureExtractor {

    /** The compiled rules and the helpers built on them; shared, immutable. */
    record Tools(FigureLexicon lexicon, AmountParser amounts, CountedNounFinder nouns, EventWords events,
                 ActorResolver actors) {
    }

    /** A money figure's currency carries over to bare amounts this many sentences later. */
    private static final int CURRENCY_REACH = 2;

    private final Tools tools;

    public FigureExtractor(FigureRules rules, Dictionary dictionary) {
        this.tools = tools(rules, dictionary);
    }

    static Tools tools(FigureRules rules, Dictionary dictionary) {
        FigureLexicon lexicon = new FigureLexicon(rules, dictionary);
        return new Tools(lexicon, new AmountParser(lexicon.vague), new CountedNounFinder(lexicon),
                new EventWords(lexicon), new ActorResolver(lexicon));
    }

    /**
     * @param mentions entity mentions found in the same text (for actors)
     * @param dates    date expressions found in the same text (for event dates)
     */
    public List<Figure> find(PlainText text, List<Sentence> sentences, List<Mention> mentions,
                             List<DateMention> dates, LocalDate published) {
        return find(text, text.text().toCharArray(), sentences, mentions, dates, published);
    }

    /** As {@link #find(PlainText, List, List, List, LocalDate)}, with the text's characters already copied. */
    List<Figure> find(PlainText text, char[] chars, List<Sentence> sentences, List<Mention> mentions,
                      List<DateMention> dates, LocalDate published) {
        List<Figure> out = new ArrayList<>();
        Tokens previous = null;
        List<Mention> previousMentions = List.of();
        String currency = null;
        int currencySentence = Integer.MIN_VALUE / 2;
        List<List<Mention>> mentionsBySentence = bySentence(mentions, Mention::sentence, sentences.size());
        List<List<DateMention>> datesBySentence = bySentence(dates, DateMention::sentence, sentences.size());
        for (Sentence s : sentences) {
            Tokens t = Tokens.of(text.text(), chars, s.start(), s.end());
            List<Mention> here = mentionsBySentence.get(s.index());
            List<DateMention> dated = datesBySentence.get(s.index());
            String context = s.index() - currencySentence <= CURRENCY_REACH ? currency : null;
            SentenceFigures figures = new SentenceFigures(tools, t, here, previous, previousMentions, context);
            for (SentenceFigures.Draft d : figures.find(k -> insideDate(t, k, dated))) {
                out.add(figure(text.text(), t, s, d, dated, published));
                if (d.measure == Measure.MONEY) {
                    currency = d.currency;
                    currencySentence = s.index();
                }
            }
            previous = t;
            previousMentions = here;
        }
        return out;
    }

    private static Figure figure(String text, Tokens t, Sentence s, SentenceFigures.Draft d,
                                 List<DateMention> dates, LocalDate published) {
        Amount a = d.amount;
        Qualifier qualifier = switch (a.kind()) {
            case VAGUE -> Qualifier.VAGUE;
            case RANGE -> Qualifier.RANGE;
            case NUMBER -> d.qualifier != null ? d.qualifier : a.implied() != null ? a.implied() : Qualifier.EXACT;
        };
        int start = t.start(d.first);
        int end = t.end(d.last);
        return new Figure(d.measure, a.value(), a.low(), a.high(), qualifier, a.conservative(), d.group, d.actor,
                eventDate(dates, start, published), s.index(), start, end, text.substring(start, end));
    }

    /** The day-precise date of the sentence nearest to the figure, else the publication date. */
    private static LocalDate eventDate(List<DateMention> dates, int at, LocalDate published) {
        DateMention best = null;
        for (DateMention dm : dates) {
            if (dm.precision() == Precision.DAY
                    && (best == null || Math.abs(dm.start() - at) < Math.abs(best.start() - at))) {
                best = dm;
            }
        }
        return best != null ? best.date() : published;
    }

    private static boolean insideDate(Tokens t, int k, List<DateMention> dates) {
        int start = t.start(k);
        for (DateMention dm : dates) {
            if (dm.start() <= start && start < dm.end()) {
                return true;
            }
        }
        return false;
    }

    /** The items of each sentence, by the sentence index they carry, in one pass. */
    private static <T> List<List<T>> bySentence(List<T> items, java.util.function.ToIntFunction<T> sentence, int count) {
        List<List<T>> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(null);
        }
        for (T item : items) {
            int k = sentence.applyAsInt(item);
            if (k >= 0 && k < count) {
                if (out.get(k) == null) {
                    out.set(k, new ArrayList<>());
                }
                out.get(k).add(item);
            }
        }
        out.replaceAll(l -> l == null ? List.of() : l);
        return out;
    }
}
