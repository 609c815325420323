package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActorsTest {

    private final Actors actors = new Actors(Fixtures.otherConflicts());
    private final Dictionary dictionary = Fixtures.otherConflicts();

    @Test
    void standInWordsPointToTheirActorWithOrWithoutThe() {
        assertThat(actors.standsFor("Moscow").id()).isEqualTo("russia");
        assertThat(actors.standsFor("the Kremlin").id()).isEqualTo("russia");
        assertThat(actors.standsFor("Sudanese").id()).isEqualTo("sudan");
        assertThat(actors.standsFor("Idlib")).isNull();
    }

    @Test
    void namesAndAliasesNameTheirEntityFolded() {
        assertThat(actors.named("ZELENSKYY").id()).isEqualTo("volodymyr-zelensky");
        assertThat(actors.named(null)).isNull();
    }

    @Test
    void aPlaceSpeaksOnlyForTheCountryItStandsFor() {
        assertThat(actors.speakerFor(dictionary.byId("moscow").orElseThrow()).id()).isEqualTo("russia");
        assertThat(actors.speakerFor(dictionary.byId("kharkiv").orElseThrow())).isNull();
        assertThat(actors.speakerFor(dictionary.byId("hamas").orElseThrow()).name()).isEqualTo("Hamas");
    }

    @Test
    void actorIdsHoldTheEntityItsAffiliationAndWhatItStandsFor() {
        assertThat(actors.actorIds(dictionary.byId("sergei-lavrov").orElseThrow())).containsExactlyInAnyOrder("sergei-lavrov", "russia");
        assertThat(actors.actorIds(dictionary.byId("kyiv").orElseThrow())).containsExactlyInAnyOrder("kyiv", "ukraine");
    }
}
