package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumberWordsTest {

    @Test
    void small_numbers_and_hyphenated_tens() {
        assertThat(NumberWords.small("eight")).isEqualTo(8);
        assertThat(NumberWords.small("nineteen")).isEqualTo(19);
        assertThat(NumberWords.small("twenty-five")).isEqualTo(25);
        assertThat(NumberWords.small("nine-year")).isNull();
        assertThat(NumberWords.small("ten-five")).isNull();
        assertThat(NumberWords.small("first")).isNull();
    }

    @Test
    void scales_abbreviations_and_suffixes() {
        assertThat(NumberWords.scale("million")).isEqualByComparingTo("1000000");
        assertThat(NumberWords.scale("dozen")).isEqualByComparingTo("12");
        assertThat(NumberWords.abbreviation("bn")).isEqualByComparingTo("1000000000");
        assertThat(NumberWords.abbreviation("m")).isNull();
        assertThat(NumberWords.suffix("m")).isEqualByComparingTo("1000000");
        assertThat(NumberWords.suffix("km")).isNull();
        assertThat(NumberWords.starters()).contains("one", "a", "half", "thousand").doesNotContain("hundreds");
    }

    @Test
    void digits_with_thousands_separators_and_decimals() {
        assertThat(NumberWords.parseDigits("1,500")).isEqualByComparingTo("1500");
        assertThat(NumberWords.parseDigits("800,000")).isEqualByComparingTo("800000");
        assertThat(NumberWords.parseDigits("6.62")).isEqualByComparingTo(new BigDecimal("6.62"));
        assertThat(NumberWords.parseDigits("1,234,567.5")).isEqualByComparingTo("1234567.5");
        assertThat(NumberWords.parseDigits("3,6")).isNull();
        assertThat(NumberWords.parseDigits("1234,567")).isNull();
        assertThat(NumberWords.parseDigits("1.2.3")).isNull();
        assertThat(NumberWords.parseDigits("")).isNull();
    }

    @Test
    void the_written_number_at_the_start_of_a_token() {
        assertThat(NumberWords.digitsLength("1,500-strong")).isEqualTo(5);
        assertThat(NumberWords.digitsLength("2bn")).isEqualTo(1);
        assertThat(NumberWords.digitsLength("2020.")).isEqualTo(4);
    }
}
