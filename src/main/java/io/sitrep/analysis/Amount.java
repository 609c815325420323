package io.sitrep.analysis;

import java.math.BigDecimal;

/**
 * An amount written in a sentence, before its meaning is known: "1,500", "three million",
 * "a hundred", "30-40", "between 200 and 300", "dozens", "half of".
 *
 * @param first        first token of the amount
 * @param last         last token of the amount (inclusive)
 * @param kind         a number, a range, or a vague amount
 * @param value        the number, or null for a range or a vague amount
 * @param low          a range's lower bound, else null
 * @param high         a range's upper bound, else null
 * @param conservative the value, a range's low, or a vague amount's coded value (may be null)
 * @param implied      the qualifier the words themselves carry ("a dozen" → about, "40-plus" →
 *                     more than), or null
 * @param scale        the multiplier written after the digits ("million", "bn"), or null
 * @param weak         the number is the word "one" alone, a pronoun more often than a count
 * @param yearLike     four plain digits from 1800 to 2100 (or a span of two), likely a year
 * @param plain        digits with no separator, decimal or scale ("12", "2254")
 */
record Amount(int first, int last, Kind kind, BigDecimal value, BigDecimal low, BigDecimal high,
              BigDecimal conservative, Qualifier implied, BigDecimal scale, boolean weak, boolean yearLike,
              boolean plain) {

    enum Kind { NUMBER, RANGE, VAGUE }

    static Amount number(int first, int last, BigDecimal value, Qualifier implied, BigDecimal scale, boolean weak,
                         boolean yearLike, boolean plain) {
        value = tidy(value);
        return new Amount(first, last, Kind.NUMBER, value, null, null, value, implied, scale, weak, yearLike, plain);
    }

    static Amount range(int first, int last, BigDecimal low, BigDecimal high, BigDecimal scale, boolean yearLike) {
        low = tidy(low);
        high = tidy(high);
        return new Amount(first, last, Kind.RANGE, null, low, high, low, null, scale, false, yearLike, false);
    }

    static Amount vague(int first, int last, BigDecimal conservative) {
        return new Amount(first, last, Kind.VAGUE, null, null, null, tidy(conservative), null, null, false, false, false);
    }

    /** The same number written with no trailing zeros and no exponent: 6620000000, 3.6, 0.5. */
    static BigDecimal tidy(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    boolean isVague() {
        return kind == Kind.VAGUE;
    }
}
