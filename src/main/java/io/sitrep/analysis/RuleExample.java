package io.sitrep.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * A sentence from the figure rules file with the figures it must give, in text order: the
 * rules' own test cases.
 *
 * @param where   {@code file:line:col} of the example in the rules file
 * @param text    the sentence
 * @param figures every figure the sentence must give; an empty list means none
 */
public record RuleExample(String where, String text, List<Expected> figures) {

    public RuleExample {
        figures = List.copyOf(figures);
    }

    /**
     * One expected figure. Null attributes other than {@code measure} and {@code value} are not
     * checked.
     */
    public record Expected(Measure measure, BigDecimal value, Qualifier qualifier, BigDecimal low,
                           BigDecimal high, String actor, String group) {
    }
}
