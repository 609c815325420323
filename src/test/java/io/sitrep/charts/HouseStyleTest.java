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
