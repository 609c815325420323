package io.sitrep.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One number a sentence reports (SPEC {@code figures.json}).
 *
 * @param measure      what is counted
 * @param value        the number as reported, or null for a vague amount
 * @param low          lower bound of a range, else null
 * @param high         upper bound of a range, else null
 * @param qualifier    how exact it is
 * @param conservative for vague amounts, the conservative value after ACLED ("dozens" → 12);
 *                     otherwise equal to {@code value} (or {@code low} for a range)
 * @param group        who is counted, in plain words; for money the currency code
 * @param actor        the side the group belongs to
 * @param date         the event's date if the sentence says it, else the article's date
 * @param sentence     index of the sentence
 * @param start        plain-text offset of the figure's words
 * @param end          plain-text offset just past them
 * @param surface      the words as written ("more than 800,000")
 */
public record Figure(
        Measure measure,
        BigDecimal value,
        BigDecimal low,
        BigDecimal high,
        Qualifier qualifier,
        BigDecimal conservative,
        String group,
        String actor,
        LocalDate date,
        int sentence,
        int start,
        int end,
        String surface) {
}
