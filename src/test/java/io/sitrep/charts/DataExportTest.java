package io.sitrep.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DataExportTest {

    private final DataTable table = DataTable.builder().text("source", "Outlet").number("value", "Reported")
            .row("Daily Sabah", 5).row("Says \"more\", then", 1_500_000).build();

    @Test
    void csvHasKeysAsHeaderAndQuotesOnlyWhenNeeded() {
        assertThat(DataExport.csv(table)).isEqualTo("source,value\nDaily Sabah,5\n\"Says \"\"more\"\", then\",1500000\n");
    }

    @Test
    void jsonCarriesMetadataAndTypedRowsWithUnixLineEnds() {
        ChartSpec spec = ChartSpec.of(ChartKind.COVERAGE, "coverage", "T", "C.", "Alt.", LocalDate.of(2020, 2, 5),
                List.of("Rudaw"), table, 480, 300, "", Map.of(), model -> null);
        String json = DataExport.json(spec, 3);
        assertThat(json).startsWith("{\n  \"id\" : \"coverage\"").contains("\"number\" : 3")
                .contains("\"asOf\" : \"2020-02-05\"").contains("\"value\" : 1500000")
                .contains("\"source\" : \"Daily Sabah\"").doesNotContain("\r");
    }

    @Test
    void canonicalJsonSortsMapKeys() {
        Map<String, Integer> unsorted = new java.util.LinkedHashMap<>();
        unsorted.put("b", 2);
        unsorted.put("a", 1);
        assertThat(DataExport.canonicalJson(unsorted)).isEqualTo(DataExport.canonicalJson(new TreeMap<>(unsorted)))
                .isEqualTo("{\"a\":1,\"b\":2}");
    }
}
