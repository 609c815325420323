package io.sitrep.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.Range;

/**
 * A horizontal time axis over whole days whose ticks start at the first day of the period
 * (1, 8, 15, 22, 29 Feb) or at month and year starts, about six of them. JFreeChart's DateAxis
 * aligns day ticks to multiples counted from the start of the year (4, 11, 18 Feb), which
 * hides where the period begins; this subclass only chooses the ticks.
 */
final class DayAxis extends DateAxis {

    private static final long serialVersionUID = 1L;
    private static final long HALF_DAY = 12L * 3600 * 1000;

    private final LocalDate from;
    private final LocalDate to;

    DayAxis(String label, LocalDate from, LocalDate to) {
        super(label, Formats.UTC, Formats.LOCALE);
        this.from = from;
        this.to = to;
        setRange(new Range(Formats.millis(from) - HALF_DAY, Formats.millis(to) + HALF_DAY));
    }

    /** The days that get a tick and their labels, in order. */
    List<LocalDate> tickDays() {
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        List<LocalDate> ticks = new ArrayList<>();
        if (days <= 62) {
            int step = days <= 7 ? 1 : days <= 14 ? 2 : days <= 31 ? 7 : 14;
            for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(step)) {
                ticks.add(day);
            }
            return ticks;
        }
        int months = days <= 200 ? 1 : days <= 550 ? 3 : days <= 1100 ? 6 : 12;
        LocalDate first = from.withDayOfMonth(1);
        if (first.isBefore(from)) {
            first = first.plusMonths(1);
        }
        if (months == 12 && first.getMonthValue() != 1) {
            first = first.plusYears(1).withDayOfYear(1);
        }
        while (months > 1 && months < 12 && (first.getMonthValue() - 1) % months != 0) {
            first = first.plusMonths(1);
        }
        for (LocalDate day = first; !day.isAfter(to); day = day.plusMonths(months)) {
            ticks.add(day);
        }
        return ticks;
    }

    String tickLabel(LocalDate day) {
        long days = to.toEpochDay() - from.toEpochDay() + 1;
        if (days <= 62) {
            return Formats.shortDay(day);
        }
        if (days > 1100) {
            return String.valueOf(day.getYear());
        }
        String month = day.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, Formats.LOCALE);
        return from.getYear() == to.getYear() ? month : month + " " + day.getYear();
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    protected List refreshTicksHorizontal(Graphics2D g2, Rectangle2D dataArea, RectangleEdge edge) {
        List ticks = new ArrayList();
        for (LocalDate day : tickDays()) {
            ticks.add(new DateTick(Formats.date(day), tickLabel(day), TextAnchor.TOP_CENTER, TextAnchor.CENTER, 0.0));
        }
        return ticks;
    }
}
