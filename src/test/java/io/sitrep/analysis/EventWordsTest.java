package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventWordsTest {

    private static final FigureLexicon LEXICON = new FigureLexicon(FigureRules.defaults(), Dictionary.empty());
    private final EventWords events = new EventWords(LEXICON);
    private final CountedNounFinder nouns = new CountedNounFinder(LEXICON);

    @Test
    void before_the_number_over_links_and_quotation_marks() {
        assertThat(events.before(Tokens.of("killed or injured 76 fighters"), 3)).isEqualTo(Measure.CASUALTIES);
        assertThat(events.before(Tokens.of("the death toll rose to 52"), 5)).isEqualTo(Measure.KILLED);
        assertThat(events.before(Tokens.of("the killing of the seven troops"), 4)).isEqualTo(Measure.KILLED);
        assertThat(events.before(Tokens.of("claiming to have “neutralized” at least a hundred"), 5))
                .isEqualTo(Measure.CASUALTIES);
        assertThat(events.before(Tokens.of("killed or injured 76 fighters in 54 strikes"), 6)).isNull();
    }

    @Test
    void after_what_is_counted() {
        assertThat(events.after(Tokens.of("40 people were reportedly killed"), 2)).isEqualTo(Measure.KILLED);
        assertThat(events.after(Tokens.of("12 soldiers and a civilian were killed"), 2)).isEqualTo(Measure.KILLED);
        assertThat(events.after(Tokens.of("200 fighters from the RSF were killed"), 2)).isEqualTo(Measure.KILLED);
        assertThat(events.after(Tokens.of("900,000 people, mostly women and children, have been displaced"), 2))
                .isEqualTo(Measure.DISPLACED);
        assertThat(events.after(Tokens.of("20 villages and killed hundreds"), 2)).isNull();
        assertThat(events.after(Tokens.of("12 observation posts in Idlib and has reportedly established"), 3)).isNull();
    }

    @Test
    void inside_the_counted_words() {
        Tokens t = Tokens.of("the 800,000 displaced civilians");
        assertThat(events.inside(t, nouns.find(t, 2))).isEqualTo(Measure.DISPLACED);
        Tokens plain = Tokens.of("the 800,000 civilians");
        assertThat(events.inside(plain, nouns.find(plain, 2))).isNull();
    }

    @Test
    void elsewhere_in_the_clause_but_not_past_punctuation_numbers_or_money() {
        Tokens t = Tokens.of("The death toll from Saturday's attack has risen to 52.");
        assertThat(events.inClause(t, 9, -1)).isEqualTo(Measure.KILLED);
        Tokens comma = Tokens.of("Civilians died, and 40 more were seen");
        assertThat(events.inClause(comma, 3, -1)).isNull();
        Tokens money = Tokens.of("They paid the first 3 billion");
        assertThat(events.inClause(money, 3, -1)).isNull();
    }

    @Test
    void quotation_marks() {
        Tokens t = Tokens.of("“a” 'b' (c)");
        assertThat(EventWords.isQuote(t, 0)).isTrue();
        assertThat(EventWords.isQuote(t, 3)).isTrue();
        assertThat(EventWords.isQuote(t, 6)).isFalse();
        assertThat(EventWords.isQuote(t, 1)).isFalse();
    }
}
