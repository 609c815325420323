package io.sitrep.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void numbersAreGroupedInEnglishWithAtMostTwoDecimals() {
        assertThat(Formats.number(new BigDecimal("400000"))).isEqualTo("400,000");
        assertThat(Formats.number(new BigDecimal("3.5E+6"))).isEqualTo("3,500,000");
        assertThat(Formats.number(new BigDecimal("2.456"))).isEqualTo("2.46");
        assertThat(Formats.number(null)).isEmpty();
    }

    /** Whole numbers are grouped by hand; every number reads as DecimalFormat("#,##0.##", half even) gives it. */
    @Test
    void numbersReadAsTheDecimalFormatGivesThem() {
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.##",
                java.text.DecimalFormatSymbols.getInstance(Formats.LOCALE));
        format.setRoundingMode(java.math.RoundingMode.HALF_EVEN);
        java.util.Random random = new java.util.Random(11);
        for (int i = 0; i < 20_000; i++) {
            BigDecimal v = BigDecimal.valueOf(random.nextLong() >> random.nextInt(64), random.nextInt(12) - 6);
            assertThat(Formats.number(v)).as(v.toPlainString()).isEqualTo(format.format(v));
        }
    }

    @Test
    void plainNumbersHaveNoGroupingNoExponentAndNoTrailingZeros() {
        assertThat(Formats.plain(new BigDecimal("3.5E+6"))).isEqualTo("3500000");
        assertThat(Formats.plain(new BigDecimal("12.50"))).isEqualTo("12.5");
        assertThat(Formats.plain(new BigDecimal("0.000"))).isEqualTo("0");
    }

    @Test
    void periodsAreWrittenCompactly() {
        LocalDate feb1 = LocalDate.of(2020, 2, 1);
        assertThat(Formats.period(feb1, LocalDate.of(2020, 2, 29))).isEqualTo("1–29 Feb 2020");
        assertThat(Formats.period(LocalDate.of(2020, 1, 28), LocalDate.of(2020, 2, 3))).isEqualTo("28 Jan – 3 Feb 2020");
        assertThat(Formats.period(LocalDate.of(2019, 12, 30), LocalDate.of(2020, 1, 2)))
                .isEqualTo("30 Dec 2019 – 2 Jan 2020");
        assertThat(Formats.period(feb1, feb1)).isEqualTo("1 Feb 2020");
    }

    @Test
    void listsJoinWithAnd() {
        assertThat(Formats.list(List.of("A"))).isEqualTo("A");
        assertThat(Formats.list(List.of("A", "B"))).isEqualTo("A and B");
        assertThat(Formats.list(List.of("A", "B", "C"))).isEqualTo("A, B and C");
        assertThat(Formats.shortList(List.of("A", "B", "C", "D", "E"), 3)).isEqualTo("A, B, C and 2 more");
    }

    @Test
    void axisFormatsDoNotDependOnTheDefaultLocale() {
        assertThat(Formats.compactNumbers().format(800_000)).isEqualTo("800K");
        assertThat(Formats.compactNumbers().format(1_500_000)).isEqualTo("1.5M");
        assertThat(Formats.integers().format(1000)).isEqualTo("1,000");
        assertThat(Formats.axisDates("d MMM").format(Formats.date(LocalDate.of(2020, 2, 5)))).isEqualTo("5 Feb");
    }

    @Test
    void daysAreMidnightUtc() {
        assertThat(Formats.millis(LocalDate.of(1970, 1, 2))).isEqualTo(86_400_000L);
    }
}
