package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountedNounFinderTest {

    private static final FigureLexicon LEXICON = new FigureLexicon(FigureRules.defaults(), Dictionary.empty());
    private final CountedNounFinder finder = new CountedNounFinder(LEXICON);

    /** The counted words after token {@code after} (the amount's last token). */
    private static String words(String text, CountedNoun n) {
        Tokens t = Tokens.of(text);
        return n.first() < 0 ? "" : text.substring(t.start(n.first()), t.end(n.last()));
    }

    private CountedNoun after(String text, int amountLast) {
        return finder.find(Tokens.of(text), amountLast + 1);
    }

    @Test
    void modifiers_up_to_a_known_noun() {
        String text = "killed 76 Assad regime fighters in 54 air and artillery strikes";
        CountedNoun fighters = after(text, 1);
        assertThat(words(text, fighters)).isEqualTo("Assad regime fighters");
        assertThat(fighters.head().group()).isTrue();
        assertThat(fighters.head().measure()).isEqualTo(Measure.TROOPS);
        CountedNoun strikes = after(text, 6);
        assertThat(words(text, strikes)).isEqualTo("air and artillery strikes");
        assertThat(strikes.head().measure()).isEqualTo(Measure.STRIKES);
    }

    @Test
    void a_run_of_known_nouns_ends_at_the_last() {
        String text = "the 800,000 displaced civilians in Idlib";
        CountedNoun n = after(text, 1);
        assertThat(words(text, n)).isEqualTo("displaced civilians");
        assertThat(n.head().fixedActor()).isEqualTo("civilians");
        assertThat(Tokens.of(text).raw(n.headFirst())).isEqualTo("civilians");
    }

    @Test
    void the_phrase_ends_before_an_event_word_or_a_conjunction() {
        String text = "left seven Turkish soldiers killed and a civilian dead";
        assertThat(words(text, after(text, 1))).isEqualTo("Turkish soldiers");
        String text2 = "killing 12 Turkish soldiers and a civilian contractor";
        assertThat(words(text2, after(text2, 1))).isEqualTo("Turkish soldiers");
    }

    @Test
    void of_after_a_vague_amount_leads_to_the_noun_or_a_pronoun() {
        String text = "killing dozens of Syrian soldiers";
        assertThat(words(text, after(text, 1))).isEqualTo("Syrian soldiers");
        assertThat(after("half of them already displaced", 1).elision()).isEqualTo(CountedNoun.Elision.PRONOUN);
        assertThat(after("two of whom died", 0).elision()).isEqualTo(CountedNoun.Elision.PRONOUN);
    }

    @Test
    void more_and_others_stand_for_what_was_counted_before() {
        assertThat(after("established three more in recent weeks", 1).elision()).isEqualTo(CountedNoun.Elision.MORE);
        assertThat(after("wounded 10 others", 1).elision()).isEqualTo(CountedNoun.Elision.MORE);
        assertThat(after("wounded thousands of others", 1).elision()).isEqualTo(CountedNoun.Elision.MORE);
        String text = "sent 40 more observation posts";
        assertThat(words(text, after(text, 1))).isEqualTo("observation posts");
    }

    @Test
    void nothing_counted() {
        CountedNoun n = after("displaced more than 800,000.", 3);
        assertThat(n.elision()).isEqualTo(CountedNoun.Elision.BARE);
        assertThat(n.hasNoun()).isFalse();
        assertThat(n.last()).isEqualTo(3);
        assertThat(after("40 killed", 0).elision()).isEqualTo(CountedNoun.Elision.BARE);
    }

    @Test
    void an_unknown_plain_noun_counts_with_no_measure() {
        String text = "a dozen areas in recent days";
        CountedNoun n = after(text, 1);
        assertThat(words(text, n)).isEqualTo("areas");
        assertThat(n.known()).isFalse();
        assertThat(after("about 240 taken hostage", 1).hasNoun()).isFalse();
        assertThat(after("12 Leopard tanks", 0).hasNoun()).isFalse();
    }

    @Test
    void ignored_nouns_are_found_as_such() {
        assertThat(after("the two countries", 1).head().ignored()).isTrue();
        assertThat(after("14 European nations", 0).head().ignored()).isTrue();
    }
}
