package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhraseTableTest {

    private final PhraseTable<String> table = PhraseTable.<String>builder()
            .add("killed", "killed")
            .add("killed or injured", "casualties")
            .add("US", "United States")
            .add("death toll", "toll")
            .add("killed", "ignored: added twice")
            .build();

    @Test
    void the_longest_phrase_starting_at_a_token_wins() {
        Tokens t = Tokens.of("had killed or injured 76 and killed 8");
        assertThat(table.longestAt(t, 1)).isEqualTo(new PhraseTable.Match<>("casualties", 3));
        assertThat(table.longestAt(t, 6)).isEqualTo(new PhraseTable.Match<>("killed", 1));
        assertThat(table.longestAt(t, 0)).isNull();
    }

    @Test
    void the_longest_phrase_ending_at_a_token_wins() {
        Tokens t = Tokens.of("the Death Toll rose");
        assertThat(table.longestEndingAt(t, 2)).isEqualTo(new PhraseTable.Match<>("toll", 2));
        assertThat(table.longestEndingAt(t, 3)).isNull();
        assertThat(table.longestEndingAt(t, 9)).isNull();
    }

    @Test
    void acronyms_match_only_in_capitals() {
        assertThat(table.longestAt(Tokens.of("the US said"), 1)).isNotNull();
        assertThat(table.longestAt(Tokens.of("told us"), 1)).isNull();
        assertThat(PhraseTable.allCaps("U.S")).isTrue();
        assertThat(PhraseTable.allCaps("A")).isFalse();
        assertThat(PhraseTable.allCaps("IDPs")).isFalse();
    }

    @Test
    void the_first_value_of_a_phrase_added_twice_stays() {
        assertThat(table.longestAt(Tokens.of("killed"), 0).value()).isEqualTo("killed");
        assertThat(table.firstWords()).contains("killed", "us", "death").doesNotContain("toll");
    }

    @Test
    void blank_phrases_are_ignored() {
        PhraseTable<Integer> empty = PhraseTable.<Integer>builder().add("  ", 1).add(null, 2).build();
        assertThat(empty.isEmpty()).isTrue();
    }
}
