package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.content.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureRulesReaderTest {

    private final List<Problem> problems = new ArrayList<>();

    private FigureRulesReader.Parsed read(String yaml) {
        return FigureRulesReader.read(yaml, "content/figure-rules.yaml", problems);
    }

    @Test
    void reads_every_section() {
        FigureRulesReader.Parsed p = read("""
                replace: [actors]
                measures:
                  - measure: killed
                    words: [slain]
                    nouns: fatalities
                    group: people
                qualifiers:
                  - {qualifier: about, before: [give or take]}
                vague:
                  - {words: [a score of], conservative: 20}
                currencies:
                  - {code: AFN, after: [afghanis]}
                groups:
                  - {actor: civilians, nouns: [herders]}
                actors:
                  - {actor: Syria, words: [regime]}
                ignore: {units: [leagues], nouns: [committees], labels: [Decree]}
                links: {before: [about], after: [tragically]}
                examples:
                  - text: "Regime shelling killed 12 herders."
                    figures:
                      - {measure: killed, value: 12, qualifier: exact, actor: civilians}
                """);
        assertThat(problems).isEmpty();
        FigureRules r = p.rules();
        assertThat(p.replace()).containsExactly("actors");
        assertThat(r.measures()).containsExactly(new FigureRules.MeasureRule(Measure.KILLED, List.of("slain"),
                List.of("fatalities"), "people", null));
        assertThat(r.qualifiers().get(0).before()).containsExactly("give or take");
        assertThat(r.vague().get(0).conservative()).isEqualByComparingTo("20");
        assertThat(r.currencies().get(0).code()).isEqualTo("AFN");
        assertThat(r.groups().get(0).nouns()).containsExactly("herders");
        assertThat(r.actors().get(0).actor()).isEqualTo("Syria");
        assertThat(r.ignore().labels()).containsExactly("Decree");
        assertThat(r.links().after()).containsExactly("tragically");
        RuleExample example = r.examples().get(0);
        assertThat(example.where()).isEqualTo("content/figure-rules.yaml:20:5");
        assertThat(example.figures().get(0).value()).isEqualByComparingTo("12");
        assertThat(example.figures().get(0).actor()).isEqualTo("civilians");
    }

    @Test
    void examples_may_sit_under_any_rule_and_expect_nothing() {
        FigureRules r = read("""
                measures:
                  - measure: posts
                    nouns: [bases]
                    examples:
                      - text: "It has 3 bases."
                        figures: [{measure: posts, value: 3}]
                ignore:
                  examples:
                    - {text: "In 2016.", figures: []}
                """).rules();
        assertThat(problems).isEmpty();
        assertThat(r.examples()).extracting(RuleExample::text).containsExactly("It has 3 bases.", "In 2016.");
        assertThat(r.examples().get(1).figures()).isEmpty();
        assertThat(r.examples().get(0).figures().get(0).qualifier()).isNull();
    }

    @Test
    void a_syntax_error_is_reported_where_it_is() {
        read("""
                measures:
                  - measure: killed
                    words: [killed, slain
                qualifiers: []
                """);
        assertThat(problems).hasSize(1);
        Problem p = problems.get(0);
        assertThat(p.file()).isEqualTo("content/figure-rules.yaml");
        assertThat(p.line()).isGreaterThanOrEqualTo(3);
        assertThat(p.message()).startsWith("not valid YAML");
        assertThat(p.hint()).contains("indentation");
    }

    @Test
    void unknown_keys_measures_and_qualifiers_are_reported_with_a_hint() {
        read("""
                measurs: []
                measures:
                  - measure: kiled
                    words: [slain]
                qualifiers:
                  - qualifier: roughly
                    before: [roughly]
                """);
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "content/figure-rules.yaml:1:1: unknown key 'measurs' in the rules file; use actors, currencies, "
                        + "examples, groups, ignore, links, measures, qualifiers, replace, vague",
                "content/figure-rules.yaml:3:14: unknown measure 'kiled'; use one of: killed, wounded, casualties, "
                        + "displaced, refugees, troops, posts, strikes, money, population, other",
                "content/figure-rules.yaml:6:16: unknown qualifier 'roughly'; use one of: exact, at_least, "
                        + "more_than, about, up_to, range, vague");
    }

    @Test
    void wrong_shapes_and_values_are_reported() {
        read("""
                vague:
                  - words: [dozens]
                    conservative: twelve
                  - conservative: 3
                currencies:
                  - code: euro
                actors:
                  - words: [regime]
                measures: killed
                replace: [everything]
                examples:
                  - text: "No figures key."
                ignore:
                  units: [{a: b}]
                  units: [km]
                """);
        assertThat(problems).extracting(Problem::message).containsExactly(
                "expected a list",
                "'twelve' is not a number",
                "a vague amount needs 'words'",
                "a currency needs a 'code' of three capital letters",
                "an actor needs a name in 'actor'",
                "duplicate key 'units' in the ignore section",
                "expected a word or phrase",
                "an example needs 'figures'",
                "cannot replace unknown section 'everything'");
        assertThat(problems.get(0).line()).isEqualTo(9);
        assertThat(problems.get(1).line()).isEqualTo(3);
        assertThat(problems.get(1).column()).isEqualTo(19);
    }

    @Test
    void an_empty_file_gives_empty_rules() {
        FigureRulesReader.Parsed p = read("# nothing yet\n");
        assertThat(problems).isEmpty();
        assertThat(p.rules().measures()).isEmpty();
        assertThat(p.replace()).isEmpty();
    }
}
