package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.content.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FigureRulesTest {

    @TempDir
    Path dir;

    private final List<Problem> problems = new ArrayList<>();

    private FigureRules load(String yaml) throws Exception {
        Path file = dir.resolve("figure-rules.yaml");
        Files.writeString(file, yaml);
        return FigureRules.load(file, "content/figure-rules.yaml", problems);
    }

    @Test
    void the_defaults_cover_every_measure_but_other_and_have_a_sha256_fingerprint() {
        FigureRules rules = FigureRules.defaults();
        assertThat(rules.measures()).extracting(FigureRules.MeasureRule::measure)
                .containsExactlyInAnyOrder(Measure.CASUALTIES, Measure.KILLED, Measure.WOUNDED, Measure.DISPLACED,
                        Measure.REFUGEES, Measure.TROOPS, Measure.POSTS, Measure.STRIKES, Measure.MONEY,
                        Measure.POPULATION);
        assertThat(rules.vague()).anySatisfy(v -> assertThat(v.words()).contains("dozens"));
        assertThat(rules.fingerprint()).matches("[0-9a-f]{64}");
        assertThat(FigureRules.defaults()).isSameAs(rules);
    }

    @Test
    void a_missing_override_gives_the_defaults() {
        assertThat(FigureRules.load(dir.resolve("none.yaml"), "none.yaml", problems)).isSameAs(FigureRules.defaults());
        assertThat(problems).isEmpty();
    }

    @Test
    void an_override_extends_the_defaults_and_changes_the_fingerprint() throws Exception {
        FigureRules rules = load("""
                actors:
                  - {actor: Syria, words: [regime]}
                  - {actor: Hamas, words: [Hamas, Qassam Brigades]}
                measures:
                  - {measure: killed, words: [gunned down]}
                """);
        assertThat(problems).isEmpty();
        assertThat(rules.actors()).filteredOn(a -> a.actor().equals("Syria")).singleElement()
                .satisfies(a -> assertThat(a.words()).contains("Syrian", "Assad", "regime"));
        assertThat(rules.actors()).extracting(FigureRules.ActorRule::actor).contains("Turkey", "Hamas");
        assertThat(rules.measures()).filteredOn(m -> m.measure() == Measure.KILLED).singleElement()
                .satisfies(m -> assertThat(m.words()).contains("killed", "gunned down"));
        assertThat(rules.fingerprint()).isNotEqualTo(FigureRules.defaults().fingerprint());
        assertThat(rules.measures()).hasSameSizeAs(FigureRules.defaults().measures());

        FigureExtractor extractor = new FigureExtractor(rules, Dictionary.empty());
        assertThat(FigureTexts.figures(extractor, "Regime shelling killed 40 regime soldiers."))
                .extracting(Figure::actor).containsExactly("Syria");
    }

    @Test
    void listed_sections_replace_the_defaults() throws Exception {
        FigureRules rules = load("""
                replace: [actors, vague]
                actors:
                  - {actor: Blue, words: [blue]}
                """);
        assertThat(problems).isEmpty();
        assertThat(rules.actors()).extracting(FigureRules.ActorRule::actor).containsExactly("Blue");
        assertThat(rules.vague()).isEmpty();
        assertThat(rules.measures()).isEqualTo(FigureRules.defaults().measures());
    }

    @Test
    void replace_all_keeps_only_the_file() {
        FigureRules other = FigureRules.of(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                new FigureRules.Ignore(List.of("km"), List.of(), List.of()),
                new FigureRules.Links(List.of(), List.of()), List.of());
        FigureRules all = FigureRules.defaults().extendedBy(other, Set.of("all"));
        assertThat(all.measures()).isEmpty();
        assertThat(all.ignore().units()).containsExactly("km");
        assertThat(all.examples()).isEmpty();
    }

    @Test
    void a_broken_override_is_reported_and_the_defaults_are_kept() throws Exception {
        FigureRules rules = load("measures:\n  - measure: slain\n");
        assertThat(rules).isSameAs(FigureRules.defaults());
        assertThat(problems).singleElement().hasToString(
                "content/figure-rules.yaml:2:14: unknown measure 'slain'; use one of: killed, wounded, casualties, "
                        + "displaced, refugees, troops, posts, strikes, money, population, other");
    }

    @Test
    void examples_do_not_change_the_fingerprint_but_rules_do() {
        FigureRules base = FigureRules.defaults();
        RuleExample example = new RuleExample("x:1:1", "It has 3 bases.", List.of());
        FigureRules withExample = FigureRules.of(base.measures(), base.qualifiers(), base.vague(), base.currencies(),
                base.groups(), base.actors(), base.ignore(), base.links(), List.of(example));
        assertThat(withExample.fingerprint()).isEqualTo(base.fingerprint());
        FigureRules fewerActors = FigureRules.of(base.measures(), base.qualifiers(), base.vague(), base.currencies(),
                base.groups(), base.actors().subList(1, base.actors().size()), base.ignore(), base.links(), List.of());
        assertThat(fewerActors.fingerprint()).isNotEqualTo(base.fingerprint());
    }
}
