package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class SentenceFiguresTest {

    private static final FigureExtractor.Tools TOOLS = FigureExtractor.tools(FigureRules.defaults(), Dictionary.empty());
    private static final IntPredicate NO_DATES = k -> false;

    private static List<SentenceFigures.Draft> find(String sentence, String contextCurrency) {
        return new SentenceFigures(TOOLS, Tokens.of(sentence), List.of(), null, List.of(), contextCurrency).find(NO_DATES);
    }

    private static List<String> found(String sentence) {
        return find(sentence, null).stream()
                .map(d -> d.measure.id() + " " + FigureTexts.plainText(d.amount.value()) + " " + d.group + " " + d.actor)
                .toList();
    }

    @Test
    void coordinated_amounts_share_the_event_word_before_them() {
        assertThat(found("Shelling killed 40 civilians and 12 soldiers.")).containsExactly(
                "killed 40 civilians civilians", "killed 12 soldiers null");
    }

    @Test
    void coordinated_amounts_share_the_event_word_after_them() {
        assertThat(found("Twelve soldiers and 40 civilians were killed.")).containsExactly(
                "killed 12 soldiers null", "killed 40 civilians civilians");
    }

    @Test
    void another_verb_is_another_clause() {
        assertThat(found("The army regained 20 villages and killed hundreds of RSF fighters.")).containsExactly(
                "other 20 villages null", "killed null RSF fighters Rapid Support Forces");
        assertThat(found("The army killed 35 militants and arrested 12 others.")).containsExactly(
                "killed 35 militants rebels", "other 12 militants rebels");
    }

    @Test
    void a_left_out_noun_takes_the_group_of_the_sentence() {
        assertThat(found("The assault killed more than 1,500 civilians and wounded thousands.")).containsExactly(
                "killed 1500 civilians civilians", "wounded null civilians civilians");
        assertThat(found("The toll had risen to 34,000, most of them women and children.")).containsExactly(
                "killed 34000 women civilians");
        assertThat(found("There were 3 killed and 7 injured, police said.")).containsExactly(
                "killed 3 null null", "wounded 7 null null");
    }

    @Test
    void measure_defaults_fill_what_the_sentence_does_not_say() {
        assertThat(found("Some 1.5 million have fled.")).containsExactly("displaced 1500000 people civilians");
    }

    @Test
    void including_counts_a_part_of_the_amount_before() {
        assertThat(found("The attack killed 40 people, including 12 children.")).containsExactly(
                "killed 40 people civilians", "killed 12 children civilians");
    }

    @Test
    void a_bare_scaled_amount_takes_the_currency_of_the_sentence_before() {
        List<SentenceFigures.Draft> with = find("They did not even pay the first 3 billion, he said.", "EUR");
        assertThat(with).singleElement().satisfies(d -> {
            assertThat(d.measure).isEqualTo(Measure.MONEY);
            assertThat(d.currency).isEqualTo("EUR");
            assertThat(d.actor).isEqualTo("other");
        });
        assertThat(find("They did not even pay the first 3 billion, he said.", null)).isEmpty();
        assertThat(find("The UN will provide 300 tents.", "EUR")).singleElement()
                .satisfies(d -> assertThat(d.measure).isEqualTo(Measure.OTHER));
    }

    @Test
    void a_conversion_in_brackets_is_not_another_claim() {
        assertThat(found("The deal gives 6 billion euros ($6.62 billion) to Turkey.")).containsExactly(
                "money 6000000000 EUR other");
    }

    @Test
    void names_dates_ages_shares_and_subsets_are_not_figures() {
        assertThat(found("Resolution 2254 and Brigade 25 were named on Feb. 3 and on 5 March.")).isEmpty();
        assertThat(found("A man aged 70 and nine in 10 people were there.")).isEmpty();
        assertThat(found("Israel wounded 10 others, two of them seriously.")).hasSize(1);
    }

    @Test
    void amounts_the_date_finder_claims_are_skipped() {
        assertThat(new SentenceFigures(TOOLS, Tokens.of("Turkey has 12 observation posts."), List.of(), null, List.of(),
                null).find(k -> k == 2)).isEmpty();
    }

    @Test
    void qualifiers_and_currencies_widen_the_figure_words() {
        SentenceFigures.Draft d = find("It paid more than $2bn.", null).get(0);
        assertThat(d.qualifier).isEqualTo(Qualifier.MORE_THAN);
        assertThat(d.first).isEqualTo(2);
        assertThat(d.last).isEqualTo(5);
        SentenceFigures.Draft or = find("The shelling killed 40 or more civilians.", null).get(0);
        assertThat(or.qualifier).isEqualTo(Qualifier.AT_LEAST);
        assertThat(or.group).isEqualTo("civilians");
    }
}
