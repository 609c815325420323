package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.content.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example sentence of the figure rules gives exactly the figures it lists: the
 * defaults' examples, and those of {@code content/figure-rules.yaml} when the briefing has one
 * (run against the defaults extended by it).
 */
class FigureRuleExamplesTest {

    private static final FigureRules RULES = effectiveRules();
    private static final FigureExtractor EXTRACTOR = new FigureExtractor(RULES, Dictionary.empty());

    private static FigureRules effectiveRules() {
        List<Problem> problems = new ArrayList<>();
        FigureRules rules = FigureRules.load(Path.of("content", "figure-rules.yaml"), "content/figure-rules.yaml",
                problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("content/figure-rules.yaml has problems: " + problems);
        }
        return rules;
    }

    static Stream<Named<RuleExample>> examples() {
        return RULES.examples().stream().map(e -> Named.of(e.where() + ": " + e.text(), e));
    }

    @Test
    void the_defaults_carry_many_examples() {
        assertThat(RULES.examples()).hasSizeGreaterThan(40);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example_gives_the_figures_it_lists(RuleExample example) {
        List<Figure> found = FigureTexts.figures(EXTRACTOR, example.text());
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            actual.add(i < example.figures().size() && found.size() == example.figures().size()
                    ? FigureTexts.describe(found.get(i), example.figures().get(i))
                    : FigureTexts.describe(found.get(i)));
        }
        List<String> expected = example.figures().stream().map(FigureTexts::describe).toList();
        assertThat(actual).as("figures of %s", example.where()).containsExactlyElementsOf(expected);
    }
}
