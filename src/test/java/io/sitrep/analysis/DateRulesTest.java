package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRulesTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2020, 2, 26);

    @Test
    void aWeekdayIsTheMostRecentOneOnOrBeforePublicationUnlessInTheFuture() {
        assertThat(DateRules.weekday(WEDNESDAY, DayOfWeek.WEDNESDAY, "", false)).isEqualTo(WEDNESDAY);
        assertThat(DateRules.weekday(WEDNESDAY, DayOfWeek.TUESDAY, "", false)).isEqualTo(LocalDate.of(2020, 2, 25));
        assertThat(DateRules.weekday(WEDNESDAY, DayOfWeek.THURSDAY, "", false)).isEqualTo(LocalDate.of(2020, 2, 20));
        assertThat(DateRules.weekday(WEDNESDAY, DayOfWeek.THURSDAY, "", true)).isEqualTo(LocalDate.of(2020, 2, 27));
        assertThat(DateRules.weekday(WEDNESDAY, DayOfWeek.WEDNESDAY, "last", false)).isEqualTo(LocalDate.of(2020, 2, 19));
        assertThat(DateRules.weekday(WEDNESDAY, DayOfWeek.MONDAY, "next", false)).isEqualTo(LocalDate.of(2020, 3, 2));
        assertThat(DateRules.weekday(WEDNESDAY, DayOfWeek.FRIDAY, "this", false)).isEqualTo(LocalDate.of(2020, 2, 28));
    }

    @Test
    void aMonthWithoutAYearIsTheMostRecentOne() {
        assertThat(DateRules.yearOfMonth(WEDNESDAY, 12, "", false)).isEqualTo(2019);
        assertThat(DateRules.yearOfMonth(WEDNESDAY, 2, "", false)).isEqualTo(2020);
        assertThat(DateRules.yearOfMonth(WEDNESDAY, 2, "last", false)).isEqualTo(2019);
        assertThat(DateRules.yearOfMonth(WEDNESDAY, 3, "", true)).isEqualTo(2020);
        assertThat(DateRules.yearOfMonth(WEDNESDAY, 1, "next", false)).isEqualTo(2021);
    }

    @Test
    void aDayWithoutAYearStaysNearPublication() {
        assertThat(DateRules.dayWithoutYear(WEDNESDAY, 1, 12, false)).isEqualTo(LocalDate.of(2020, 1, 12));
        assertThat(DateRules.dayWithoutYear(WEDNESDAY, 12, 25, false)).isEqualTo(LocalDate.of(2019, 12, 25));
        assertThat(DateRules.dayWithoutYear(WEDNESDAY, 1, 5, true)).isEqualTo(LocalDate.of(2021, 1, 5));
        assertThat(DateRules.dayWithoutYear(WEDNESDAY, 2, 30, false)).isNull();
    }

    @Test
    void numbersAreReadStrictly() {
        assertThat(DateRules.dayNumber("6")).isEqualTo(6);
        assertThat(DateRules.dayNumber("21st")).isEqualTo(21);
        assertThat(DateRules.dayNumber("32")).isEqualTo(-1);
        assertThat(DateRules.dayNumber("6km")).isEqualTo(-1);
        assertThat(DateRules.yearNumber("2018")).isEqualTo(2018);
        assertThat(DateRules.yearNumber("2,018")).isEqualTo(-1);
        assertThat(DateRules.yearNumber("1850")).isEqualTo(-1);
    }
}
