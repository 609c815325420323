package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {

    private static List<String> raw(String text) {
        Tokens t = Tokens.of(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.raw(i));
        }
        return out;
    }

    @Test
    void numbers_stay_whole_and_end_before_punctuation() {
        assertThat(raw("killing 1,500 civilians, 6.62 billion and 800,000.")).containsExactly(
                "killing", "1,500", "civilians", ",", "6.62", "billion", "and", "800,000", ".");
    }

    @Test
    void ranges_compounds_and_suffixes_are_one_token() {
        assertThat(raw("30-40 km, a 107-month war, $2bn, 10:30 and 24/7"))
                .containsExactly("30-40", "km", ",", "a", "107-month", "war", ",", "$", "2bn", ",", "10:30", "and", "24/7");
    }

    @Test
    void names_with_digits_hyphens_and_apostrophes_are_one_token() {
        assertThat(raw("the S-400, the M4 and Ma’arat al-Nu’man")).containsExactly(
                "the", "S-400", ",", "the", "M4", "and", "Ma’arat", "al-Nu’man");
    }

    @Test
    void a_possessive_is_split_off() {
        assertThat(raw("Turkey’s aim and Syria's war")).containsExactly("Turkey", "’s", "aim", "and", "Syria", "'s", "war");
    }

    @Test
    void initials_keep_their_inner_dots() {
        assertThat(raw("the U.S. and U.N. said")).containsExactly("the", "U.S", ".", "and", "U.N", ".", "said");
    }

    @Test
    void kinds_offsets_and_normal_forms() {
        String text = "Some 5,000 “Troops” – €3";
        Tokens t = Tokens.of(text);
        assertThat(t.kind(0)).isEqualTo(Tokens.Kind.WORD);
        assertThat(t.kind(1)).isEqualTo(Tokens.Kind.NUMBER);
        assertThat(t.kind(2)).isEqualTo(Tokens.Kind.PUNCT);
        assertThat(t.kind(5)).isEqualTo(Tokens.Kind.PUNCT);
        assertThat(t.kind(6)).isEqualTo(Tokens.Kind.SYMBOL);
        assertThat(t.norm(3)).isEqualTo("troops");
        assertThat(t.is(0, "some")).isTrue();
        assertThat(t.capitalized(0)).isTrue();
        assertThat(text.substring(t.start(1), t.end(1))).isEqualTo("5,000");
        assertThat(t.isChar(6, '€')).isTrue();
    }

    @Test
    void a_stretch_of_a_longer_text_keeps_the_text_offsets() {
        String text = "First one. Then 12 more.";
        Tokens t = Tokens.of(text, 11, text.length());
        assertThat(t.raw(0)).isEqualTo("Then");
        assertThat(t.start(1)).isEqualTo(16);
        assertThat(Tokens.of(text, text.toCharArray(), 11, text.length()).size()).isEqualTo(t.size());
    }

    @Test
    void non_breaking_spaces_separate_tokens() {
        assertThat(raw("12\u00a0observation\u202fposts")).containsExactly("12", "observation", "posts");
    }
}
