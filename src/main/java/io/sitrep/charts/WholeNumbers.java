package io.sitrep.charts;

import java.math.BigDecimal;

/**
 * Whole numbers in English digit groups ("1,234,567"), as {@code DecimalFormat("#,##0")} writes
 * them, for the pages and the charts' tables and texts. Written by hand because a
 * {@code DecimalFormat} is not thread-safe, so each number made its own: 1 % of a rebuild at
 * 10,000 articles on the pages, and most of the charts' data tables (tens of thousands of cells).
 */
public final class WholeNumbers {

    private WholeNumbers() {
    }

    /**
     * {@code value}'s grouped digits when it is a whole number ({@code 3.5E+6}, {@code 900000.0})
     * of at most 18 digits; null otherwise, for a {@code DecimalFormat} to write.
     */
    public static String groupedOrNull(BigDecimal value) {
        BigDecimal whole = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (whole.scale() <= 0 && whole.precision() - whole.scale() <= 18) { // at most 18 digits: a long
            return grouped(whole.longValueExact());
        }
        return null;
    }

    /** "-1,234,567". */
    public static String grouped(long value) {
        String text = Long.toString(value);
        String digits = value < 0 ? text.substring(1) : text; // not Math.abs: it has no positive Long.MIN_VALUE
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (value < 0) {
            out.append('-');
        }
        int head = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, head);
        for (int i = head; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }
}
