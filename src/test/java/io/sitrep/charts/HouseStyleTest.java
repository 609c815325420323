package io.sitrep.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.time.LocalDate;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.TextTitle;
import org.junit.jupiter.api.Test;

class HouseStyleTest {

    private final HouseStyle style = Fixtures.STYLE;

    @Test
    void usesTheShippedDejaVuSans() {
        assertThat(style.font(12).getFamily(java.util.Locale.ENGLISH)).isEqualTo("DejaVu Sans");
        assertThat(style.boldFont(12).getFontName(java.util.Locale.ENGLISH)).isEqualTo("DejaVu Sans Bold");
        assertThat(style.boldFont(12).getStyle()).isEqualTo(Font.BOLD);
    }

    /**
     * Java2D's font strikes are shared by every user of a font file, and two threads measuring
     * the same font, size and transform at once could get metrics twice too large; so each
     * drawing thread has fonts loaded by itself, kept for the thread's life.
     */
    @Test
    void eachThreadDrawsWithFontsOfItsOwn() throws Exception {
        Object mine = HouseStyle.facesOfThisThread();
        java.util.concurrent.atomic.AtomicReference<Object> other = new java.util.concurrent.atomic.AtomicReference<>();
        Thread thread = new Thread(() -> {
            new HouseStyle().font(12);
            other.set(HouseStyle.facesOfThisThread());
        });
        thread.start();
        thread.join();
        assertThat(HouseStyle.facesOfThisThread()).isSameAs(mine);
        assertThat(new HouseStyle().font(HouseStyle.TICK_SIZE).getFamily(java.util.Locale.ENGLISH)).isEqualTo("DejaVu Sans");
        assertThat(other.get()).isNotNull().isNotSameAs(mine);
    }

    @Test
    void keepsRotatedTextAsText() {
        assertThat(TextUtils.isUseDrawRotatedStringWorkaround()).isFalse();
    }

    @Test
    void chartsHaveTitleLegendAndSourceNote() {
        JFreeChart chart = style.chart("Title", new XYPlot(), true, "Source: X · as of 5 Feb 2020");
        assertThat(chart.getTitle().getText()).isEqualTo("Title");
        assertThat(chart.getLegend()).isNotNull();
        assertThat(((TextTitle) chart.getSubtitle(0)).getText()).isEqualTo("Source: X · as of 5 Feb 2020");
    }

    @Test
    void dateAxesAreUtcAndCoverWholeDays() {
        DateAxis axis = style.dateAxis("Date", LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29));
        assertThat(axis.getTimeZone().getID()).isEqualTo("UTC");
        assertThat(axis.getMinimumDate().getTime()).isEqualTo(Formats.millis(LocalDate.of(2020, 2, 1)) - 43_200_000L);
        assertThat(axis).isInstanceOf(DayAxis.class);
        assertThat(HouseStyle.dateLabel("Date", LocalDate.of(2020, 2, 1), LocalDate.of(2021, 1, 1))).isEqualTo("Date");
    }

    @Test
    void valueAxesStartAtZero() {
        NumberAxis values = style.valueAxis("People");
        NumberAxis counts = style.countAxis("Articles");
        assertThat(values.getAutoRangeIncludesZero()).isTrue();
        assertThat(counts.getAutoRangeIncludesZero()).isTrue();
        assertThat(values.getLabel()).isEqualTo("People");
    }
}
