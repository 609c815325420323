package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

class LocatedYamlTest {

    private final YAMLMapper yaml = YAMLMapper.builder().build();

    @Test
    void nodesKnowTheirLineAndColumn() {
        LocatedYaml.Node root = LocatedYaml.read(yaml, "people:\n  - name: Akar\n    lat: 35.5\n    aliases: [A, B]\n");

        LocatedYaml.Mapping m = (LocatedYaml.Mapping) root;
        LocatedYaml.Seq people = (LocatedYaml.Seq) m.entries().get("people").value();
        LocatedYaml.Mapping akar = (LocatedYaml.Mapping) people.items().get(0);
        LocatedYaml.Entry name = akar.entries().get("name");
        assertThat(name.line()).isEqualTo(2);
        assertThat(name.column()).isEqualTo(5);
        assertThat(((LocatedYaml.Scalar) name.value()).text()).isEqualTo("Akar");
        LocatedYaml.Scalar lat = (LocatedYaml.Scalar) akar.entries().get("lat").value();
        assertThat(lat.number()).isTrue();
        assertThat(lat.line()).isEqualTo(3);
        assertThat(((LocatedYaml.Seq) akar.entries().get("aliases").value()).items()).hasSize(2);
    }

    @Test
    void duplicateKeysAreKeptAside() {
        LocatedYaml.Mapping m = (LocatedYaml.Mapping) LocatedYaml.read(yaml, "a: 1\nb: 2\na: 3\n");

        assertThat(m.entries()).containsOnlyKeys("a", "b");
        assertThat(m.duplicates()).singleElement().satisfies(e -> assertThat(e.line()).isEqualTo(3));
    }

    @Test
    void anEmptyDocumentIsNull() {
        assertThat(LocatedYaml.read(yaml, "# only a comment\n")).isNull();
    }
}
