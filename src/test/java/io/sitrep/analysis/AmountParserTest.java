package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AmountParserTest {

    private final AmountParser parser = new AmountParser(
            new FigureLexicon(FigureRules.defaults(), Dictionary.empty()).vague);

    private Amount at(String text, int token) {
        return parser.parse(Tokens.of(text), token);
    }

    @Test
    void digits_with_scale_words_and_suffixes() {
        assertThat(at("3.5 million people", 0).value()).isEqualByComparingTo("3500000");
        assertThat(at("3.5 million people", 0).last()).isEqualTo(1);
        assertThat(at("$2bn in aid", 1).value()).isEqualByComparingTo("2000000000");
        assertThat(at("1.5m refugees", 0).value()).isEqualByComparingTo("1500000");
        assertThat(at("6.62 billion", 0).value().toPlainString()).isEqualTo("6620000000");
        assertThat(at("more than 3.6 refugees", 2).value()).isEqualByComparingTo("3.6");
    }

    @Test
    void number_words() {
        assertThat(at("eight Turkish personnel", 0).value()).isEqualByComparingTo("8");
        assertThat(at("a hundred soldiers", 0).value()).isEqualByComparingTo("100");
        assertThat(at("three million people", 0).value()).isEqualByComparingTo("3000000");
        assertThat(at("two hundred thousand", 0).value()).isEqualByComparingTo("200000");
        assertThat(at("one hundred and fifty", 0).value()).isEqualByComparingTo("150");
        assertThat(at("twenty five", 0).value()).isEqualByComparingTo("25");
        assertThat(at("Twelve soldiers", 0).value()).isEqualByComparingTo("12");
        assertThat(at("half a million", 0).value()).isEqualByComparingTo("500000");
        assertThat(at("half a million", 0).implied()).isEqualTo(Qualifier.ABOUT);
    }

    @Test
    void a_dozen_is_about_twelve_and_one_alone_is_weak() {
        Amount dozen = at("a dozen areas", 0);
        assertThat(dozen.value()).isEqualByComparingTo("12");
        assertThat(dozen.implied()).isEqualTo(Qualifier.ABOUT);
        assertThat(at("one way or another", 0).weak()).isTrue();
        assertThat(at("a civilian", 0)).isNull();
        assertThat(at("five six", 0).last()).isEqualTo(0);
    }

    @Test
    void ranges() {
        Amount dash = at("30-40 km", 0);
        assertThat(dash.kind()).isEqualTo(Amount.Kind.RANGE);
        assertThat(dash.low()).isEqualByComparingTo("30");
        assertThat(dash.high()).isEqualByComparingTo("40");
        Amount between = at("between 200 and 300 wounded", 1);
        assertThat(between.first()).isEqualTo(0);
        assertThat(between.last()).isEqualTo(3);
        assertThat(between.low()).isEqualByComparingTo("200");
        Amount scaled = at("1.5 to 2 million", 0);
        assertThat(scaled.low()).isEqualByComparingTo("1500000");
        assertThat(scaled.high()).isEqualByComparingTo("2000000");
        assertThat(at("two or three soldiers", 0).kind()).isEqualTo(Amount.Kind.RANGE);
        assertThat(at("13-0", 0)).isNull();
    }

    @Test
    void a_change_gives_the_new_value() {
        Amount a = at("the toll rose from 40 to 52", 4);
        assertThat(a.value()).isEqualByComparingTo("52");
        assertThat(a.kind()).isEqualTo(Amount.Kind.NUMBER);
    }

    @Test
    void vague_amounts_with_their_conservative_value() {
        assertThat(at("dozens of soldiers", 0).conservative()).isEqualByComparingTo("12");
        assertThat(at("dozens of soldiers", 0).isVague()).isTrue();
        assertThat(at("tens of thousands fled", 0).conservative()).isEqualByComparingTo("10000");
        assertThat(at("tens of thousands fled", 0).last()).isEqualTo(2);
        assertThat(at("several hundred protesters", 0).conservative()).isEqualByComparingTo("300");
        assertThat(at("half of them", 0).conservative()).isNull();
        assertThat(at("half of them", 0).last()).isEqualTo(1);
    }

    @Test
    void things_that_look_like_numbers_but_are_not_amounts() {
        assertThat(at("the 12th day", 1)).isNull();
        assertThat(at("a 107-month war", 1)).isNull();
        assertThat(at("a nine-year war", 1)).isNull();
        assertThat(at("the 1990s", 1)).isNull();
        assertThat(at("155mm shells", 0)).isNull();
        assertThat(at("at 10:30", 1)).isNull();
        assertThat(at("the war", 1)).isNull();
        assertThat(at("a 5,000-strong force", 1).value()).isEqualByComparingTo("5000");
        assertThat(at("40-plus", 0).implied()).isEqualTo(Qualifier.MORE_THAN);
    }

    @Test
    void years_and_plain_digits_are_marked() {
        assertThat(at("in 2016", 1).yearLike()).isTrue();
        assertThat(at("2,016 troops", 0).yearLike()).isFalse();
        assertThat(at("Resolution 2254", 1).plain()).isTrue();
        assertThat(at("1,500", 0).plain()).isFalse();
    }
}
