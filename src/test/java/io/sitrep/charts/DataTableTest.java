package io.sitrep.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DataTableTest {

    private final DataTable table = DataTable.builder().date("date", "Date").text("source", "Outlet")
            .number("value", "Reported")
            .row(LocalDate.of(2020, 2, 5), "Rudaw", new BigDecimal("4E+5"))
            .row(LocalDate.of(2020, 2, 6), "Reuters", null)
            .build();

    @Test
    void keepsRawCellsForMachines() {
        assertThat(table.rows()).containsExactly(List.of("2020-02-05", "Rudaw", "400000"),
                List.of("2020-02-06", "Reuters", ""));
        assertThat(table.keys()).containsExactly("date", "source", "value");
    }

    @Test
    void formatsCellsForPeople() {
        assertThat(table.header()).containsExactly("Date", "Outlet", "Reported");
        assertThat(table.displayRows()).containsExactly(List.of("5 Feb 2020", "Rudaw", "400,000"),
                List.of("6 Feb 2020", "Reuters", ""));
    }

    @Test
    void formatsOnlyTheLastRowsAPageShows() {
        assertThat(table.lastDisplayRows(1)).containsExactly(List.of("6 Feb 2020", "Reuters", ""));
        assertThat(table.lastDisplayRows(5)).isEqualTo(table.displayRows());
        assertThat(table.lastDisplayRows(0)).isEmpty();
    }

    @Test
    void recordsAreTyped() {
        assertThat(table.records().get(0)).containsEntry("value", new BigDecimal("400000"))
                .containsEntry("date", "2020-02-05");
        assertThat(table.records().get(1)).containsEntry("value", null);
    }

    @Test
    void rejectsRowsOfTheWrongWidth() {
        assertThatThrownBy(() -> DataTable.builder().text("a", "A").row("x", "y").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void emptyTableIsEmpty() {
        assertThat(DataTable.builder().text("a", "A").build().isEmpty()).isTrue();
    }
}
