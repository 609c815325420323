package io.sitrep.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayAxisTest {

    private static DayAxis axis(LocalDate from, LocalDate to) {
        return new DayAxis("Date", from, to);
    }

    @Test
    void weeklyTicksStartAtTheFirstDayOfThePeriod() {
        DayAxis february = axis(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29));
        assertThat(february.tickDays()).extracting(february::tickLabel)
                .containsExactly("1 Feb", "8 Feb", "15 Feb", "22 Feb", "29 Feb");
    }

    @Test
    void shortPeriodsTickEveryDay() {
        assertThat(axis(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 5)).tickDays()).hasSize(5);
    }

    @Test
    void longPeriodsTickAtMonthStarts() {
        DayAxis spring = axis(LocalDate.of(2020, 1, 15), LocalDate.of(2020, 5, 20));
        assertThat(spring.tickDays()).extracting(spring::tickLabel).containsExactly("Feb", "Mar", "Apr", "May");
        DayAxis years = axis(LocalDate.of(2019, 3, 1), LocalDate.of(2020, 6, 1));
        assertThat(years.tickDays()).extracting(years::tickLabel)
                .containsExactly("Apr 2019", "Jul 2019", "Oct 2019", "Jan 2020", "Apr 2020");
        DayAxis decade = axis(LocalDate.of(2015, 6, 1), LocalDate.of(2020, 6, 1));
        assertThat(decade.tickDays()).extracting(decade::tickLabel)
                .containsExactly("2016", "2017", "2018", "2019", "2020");
    }

    @Test
    void rangeCoversWholeDaysInUtc() {
        DayAxis axis = axis(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 1));
        assertThat(axis.getMaximumDate().getTime() - axis.getMinimumDate().getTime()).isEqualTo(86_400_000L);
        assertThat(axis.getTimeZone().getID()).isEqualTo("UTC");
    }
}
