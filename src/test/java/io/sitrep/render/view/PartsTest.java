package io.sitrep.render.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PartsTest {

    @Test
    void aDayReadsAsPeopleWriteIt() {
        Parts.Day day = Parts.Day.of(LocalDate.of(2020, 2, 5));
        assertThat(day.iso()).isEqualTo("2020-02-05");
        assertThat(day.text()).isEqualTo("5 February 2020");
        assertThat(Parts.Day.of(null)).isNull();
    }

    /** Put together by hand, the text is what the formatter gives, every day of four centuries and beyond. */
    @Test
    void theDayTextIsTheFormattersText() {
        DateTimeFormatter formatter = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
        for (LocalDate d = LocalDate.of(1899, 1, 1); d.isBefore(LocalDate.of(2300, 1, 1)); d = d.plusDays(1)) {
            assertThat(Parts.Day.human(d)).isEqualTo(d.format(formatter));
        }
        for (LocalDate d : new LocalDate[] {LocalDate.of(999, 12, 31), LocalDate.of(10000, 1, 1), LocalDate.of(-5, 3, 1)}) {
            assertThat(Parts.Day.human(d)).isEqualTo(d.format(formatter));
        }
    }
}
