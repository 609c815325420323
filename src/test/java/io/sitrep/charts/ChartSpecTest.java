package io.sitrep.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartSpecTest {

    record Model(List<Integer> values) {
    }

    private static ChartSpec spec(String alt, List<Integer> values) {
        return ChartSpec.of(ChartKind.COVERAGE, "Coverage / 2020!", "Title", "Caption.", alt, LocalDate.of(2020, 2, 5),
                List.of("Rudaw"), DataTable.builder().text("a", "A").build(), 480, 300, "note", new Model(values),
                model -> null);
    }

    @Test
    void idsAreMadeSafeForFilesAndXml() {
        assertThat(spec("Alt", List.of(1)).id()).isEqualTo("coverage-2020");
        assertThat(ChartSpec.safeId("***")).isEqualTo("chart");
    }

    @Test
    void hashIsStableAndFollowsDataAndTexts() {
        String hash = spec("Alt", List.of(1, 2)).hash();
        assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(spec("Alt", List.of(1, 2)).hash());
        assertThat(spec("Alt", List.of(1, 3)).hash()).isNotEqualTo(hash);
        assertThat(spec("Other alt", List.of(1, 2)).hash()).isNotEqualTo(hash);
    }

    @Test
    void modelIsKeptAsCanonicalJson() {
        assertThat(spec("Alt", List.of(1, 2)).modelJson()).isEqualTo("{\"values\":[1,2]}");
    }
}
