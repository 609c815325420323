package io.sitrep.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WholeNumbersTest {

    @Test
    void groupsDigitsInThrees() {
        assertThat(WholeNumbers.grouped(0)).isEqualTo("0");
        assertThat(WholeNumbers.grouped(999)).isEqualTo("999");
        assertThat(WholeNumbers.grouped(1000)).isEqualTo("1,000");
        assertThat(WholeNumbers.grouped(-1234567)).isEqualTo("-1,234,567");
        assertThat(WholeNumbers.grouped(Long.MIN_VALUE)).isEqualTo("-9,223,372,036,854,775,808");
    }

    @Test
    void takesOnlyWholeNumbersOfAtMostEighteenDigits() {
        assertThat(WholeNumbers.groupedOrNull(new BigDecimal("3.5E+6"))).isEqualTo("3,500,000");
        assertThat(WholeNumbers.groupedOrNull(new BigDecimal("900000.00"))).isEqualTo("900,000");
        assertThat(WholeNumbers.groupedOrNull(new BigDecimal("0.000"))).isEqualTo("0");
        assertThat(WholeNumbers.groupedOrNull(new BigDecimal("3.6"))).isNull();
        assertThat(WholeNumbers.groupedOrNull(new BigDecimal("1000000000000000000"))).isNull();
    }

    /** Wherever it answers, it answers as the DecimalFormat it stands in for, with or without decimals allowed. */
    @Test
    void writesWhatDecimalFormatWrites() {
        List<DecimalFormat> formats = List.of(
                new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ENGLISH)),
                new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ENGLISH)));
        Random random = new Random(7);
        List<BigDecimal> values = new ArrayList<>(List.of(BigDecimal.ZERO, new BigDecimal("-0.0"),
                new BigDecimal("1E+3"), new BigDecimal("-1234"), new BigDecimal("999999999999999999"),
                new BigDecimal("-999999999999999999")));
        for (int i = 0; i < 20_000; i++) {
            values.add(BigDecimal.valueOf(random.nextLong() >> random.nextInt(64), random.nextInt(16) - 8));
        }
        int answered = 0;
        for (BigDecimal v : values) {
            String grouped = WholeNumbers.groupedOrNull(v);
            if (grouped != null) {
                answered++;
                for (DecimalFormat f : formats) {
                    assertThat(grouped).as(v.toPlainString()).isEqualTo(f.format(v));
                }
            }
        }
        assertThat(answered).isGreaterThan(5_000);
    }
}
