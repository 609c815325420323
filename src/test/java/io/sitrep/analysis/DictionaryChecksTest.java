package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.content.Problem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DictionaryChecksTest {

    private final List<Problem> problems = new ArrayList<>();

    private Dictionary parse(String yaml) {
        return new DictionaryReader().parse(yaml, "entities.yaml", problems);
    }

    @Test
    void idsAreUniqueAcrossTypesAndTheSecondEntryIsDropped() {
        Dictionary d = parse("""
                places:
                  - name: Georgia
                countries:
                  - name: Georgia
                """);

        assertThat(d.entities()).extracting(Entity::type).containsExactly(EntityType.PLACE);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(4);
        assertThat(problems.get(0).message()).contains("duplicate id 'georgia'").contains("(line 2)");
    }

    @Test
    void aSpellingMayNameOneEntityOnlyButAnEntryMaySpellItselfTwice() {
        parse("""
                people:
                  - name: Recep Tayyip Erdoğan
                    aliases: [Erdoğan, Erdogan]
                  - name: Emine Erdoğan
                    aliases: [ERDOGAN]
                """);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(5);
        assertThat(problems.get(0).column()).isEqualTo(15);
        assertThat(problems.get(0).message()).isEqualTo("'ERDOGAN' names both 'Recep Tayyip Erdoğan' (line 2) and 'Emine Erdoğan'");
    }

    @Test
    void aStandInWordStandsForOneActor() {
        parse("""
                countries:
                  - name: Syria
                    stands_for: [the regime]
                  - name: Iran
                    stands_for: [The Regime]
                """);

        assertThat(problems).extracting(Problem::message)
                .containsExactly("'The Regime' stands for both 'Syria' (line 2) and 'Iran'");
    }

    @Test
    void anAffiliationMustBeAnEntry() {
        parse("""
                people:
                  - name: Hulusi Akar
                    affiliation: Turkiye
                countries:
                  - name: Turkey
                """);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(3);
        assertThat(problems.get(0).hint()).contains("add 'Turkiye' under countries or organizations");
    }
}
