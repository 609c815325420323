package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.content.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictionaryReaderTest {

    private final DictionaryReader reader = new DictionaryReader();
    private final List<Problem> problems = new ArrayList<>();

    private Dictionary parse(String yaml) {
        return reader.parse(yaml, "entities.yaml", problems);
    }

    @Test
    void readsEveryTypeWithItsKeys() {
        Dictionary d = parse("""
                # comment
                people:
                  - name: Recep Tayyip Erdoğan
                    aliases: [Erdoğan]
                    affiliation: Turkey
                places:
                  - name: Saraqib
                    aliases: [Saraqeb]
                    lat: 35.86
                    lon: 36.80
                countries:
                  - name: Turkey
                    stands_for: [Ankara, Turkish]
                organizations:
                  - Reuters
                """);

        assertThat(problems).isEmpty();
        assertThat(d.entities()).extracting(Entity::id)
                .containsExactly("recep-tayyip-erdogan", "reuters", "saraqib", "turkey");
        Entity erdogan = d.byId("recep-tayyip-erdogan").orElseThrow();
        assertThat(erdogan.type()).isEqualTo(EntityType.PERSON);
        assertThat(erdogan.aliases()).containsExactly("Erdoğan");
        assertThat(erdogan.affiliation()).isEqualTo("Turkey");
        Entity saraqib = d.byId("saraqib").orElseThrow();
        assertThat(saraqib.lat()).isEqualTo(35.86);
        assertThat(saraqib.lon()).isEqualTo(36.80);
        assertThat(d.byId("turkey").orElseThrow().standsFor()).containsExactly("Ankara", "Turkish");
        assertThat(d.byId("reuters").orElseThrow().type()).isEqualTo(EntityType.ORGANIZATION);
    }

    @Test
    void idsAreSlugsOfTheFoldedName() {
        assertThat(DictionaryReader.idFor("İbrahim Kalın")).isEqualTo("ibrahim-kalin");
        assertThat(DictionaryReader.idFor("Ma’arat al-Nu’man")).isEqualTo("maarat-al-numan");
        assertThat(DictionaryReader.idFor("Agence France-Presse (AFP)")).isEqualTo("agence-france-presse-afp");
    }

    @Test
    void anUnknownTypeIsReportedWhereItIsWithAHint() {
        parse("""
                people:
                  - name: A B
                peoples:
                  - name: C D
                """);

        assertThat(problems).hasSize(1);
        Problem p = problems.get(0);
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(1);
        assertThat(p.message()).contains("unknown entity type 'peoples'");
        assertThat(p.hint()).contains("people, places, countries, organizations");
    }

    @Test
    void badCoordinatesAreReported() {
        parse("""
                places:
                  - name: Nowhere
                    lat: north
                    lon: 36
                  - name: Swapped
                    lat: 136.2
                    lon: 35.9
                  - name: Half
                    lat: 35.9
                people:
                  - name: Somebody Else
                    lat: 1
                """);

        assertThat(problems).extracting(Problem::line).containsExactly(3, 6, 9, 12);
        assertThat(problems.get(0).message()).contains("'lat' is not a number: 'north'");
        assertThat(problems.get(1).message()).contains("outside -90..90");
        assertThat(problems.get(1).hint()).contains("swapped");
        assertThat(problems.get(2).message()).contains("'lat' is given without 'lon'");
        assertThat(problems.get(3).message()).contains("unknown key 'lat' for people");
    }

    @Test
    void unknownKeysGetAHintTowardsTheRightOne() {
        parse("""
                countries:
                  - name: Syria
                    standsFor: [Damascus]
                """);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).toString()).isEqualTo(
                "entities.yaml:3:5: unknown key 'standsFor' for countries; write it as stands_for");
    }

    @Test
    void invalidYamlIsReportedWithItsPosition() {
        Dictionary d = parse("people:\n  - name: [unclosed\n");

        assertThat(d.entities()).isEmpty();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).message()).startsWith("not valid YAML");
        assertThat(problems.get(0).line()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void entriesWithoutANameOrOfTheWrongShapeAreReported() {
        parse("""
                people:
                  - aliases: [Nobody]
                  - [a, b]
                places: Idlib
                """);

        assertThat(problems).extracting(Problem::message).containsExactly("entry has no name",
                "an entry must be a name or a mapping with 'name:'", "'places' must be a list of entries");
    }

    @Test
    void theFingerprintFollowsTheContentNotTheLayout() {
        Dictionary a = parse("people:\n  - name: Hulusi Akar\n    affiliation: Turkey\ncountries:\n  - Turkey\n");
        Dictionary b = parse("# a comment\ncountries: [Turkey]\npeople:\n  - {affiliation: Turkey, name: Hulusi Akar}\n");
        Dictionary c = parse("people:\n  - name: Hulusi Akar\n    affiliation: Turkey\n    aliases: [Akar]\ncountries:\n  - Turkey\n");

        assertThat(problems).isEmpty();
        assertThat(a.fingerprint()).hasSize(64).isEqualTo(b.fingerprint()).isNotEqualTo(c.fingerprint());
    }

    @Test
    void aMissingFileIsAnEmptyDictionaryAndAFileIsReadFromDisk(@TempDir Path dir) throws Exception {
        assertThat(reader.read(dir.resolve("entities.yaml"), "entities.yaml", problems).entities()).isEmpty();

        Files.writeString(dir.resolve("entities.yaml"), "organizations:\n  - name: NATO\n");
        assertThat(reader.read(dir.resolve("entities.yaml"), "entities.yaml", problems).entities())
                .extracting(Entity::name).containsExactly("NATO");
        assertThat(problems).isEmpty();
    }

    @Test
    void theBriefingDictionaryHasNoProblems() {
        Dictionary d = reader.read(Path.of("content", "entities.yaml"), "content/entities.yaml", problems);

        assertThat(problems).isEmpty();
        assertThat(d.entities()).hasSizeGreaterThan(50);
        assertThat(d.entities()).filteredOn(e -> e.type() == EntityType.PLACE)
                .allSatisfy(e -> assertThat(e.lat()).isNotNull());
    }
}
