package io.sitrep.analysis;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * A date expression and what it resolves to.
 *
 * @param text      the expression as written ("on Wednesday", "last week", "September 2018")
 * @param date      the resolved date; for month and year precision the first day of the span
 * @param until     the last day for a span of days ("last week"), else null
 * @param precision day, month or year
 */
public record DateMention(String text, LocalDate date, LocalDate until, Precision precision,
                          int sentence, int start, int end) {

    /** The resolved value as SPEC writes it: {@code 2020-02-05}, {@code 2020-02} or {@code 2020}. */
    public String value() {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.format(DateTimeFormatter.ofPattern("yyyy-MM"));
            case YEAR -> Integer.toString(date.getYear());
        };
    }
}
