package io.sitrep.charts;

import io.sitrep.aggregate.Claim;
import io.sitrep.aggregate.Headline;
import io.sitrep.analysis.Figure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Sentences that state what a chart of reported figures shows, for alt text: where the
 * reports start and end, with dates and outlets, and how far the latest ones disagree.
 */
final class Takeaways {

    /** A number one outlet reported for one date. */
    record Reported(LocalDate date, BigDecimal value, String source) {
    }

    private Takeaways() {
    }

    /** The number a claim is plotted at: its value, else its conservative reading, else its low end. */
    static BigDecimal plotted(Figure figure) {
        if (figure.value() != null) {
            return figure.value();
        }
        if (figure.conservative() != null) {
            return figure.conservative();
        }
        return figure.low();
    }

    /** Reports by date, then value, then outlet (none first). */
    private static final Comparator<Reported> REPORT_ORDER = (a, b) -> {
        int c = a.date().compareTo(b.date());
        if (c == 0) {
            c = a.value().compareTo(b.value());
        }
        if (c == 0 && a.source() != b.source()) {
            c = a.source() == null ? -1 : b.source() == null ? 1 : a.source().compareTo(b.source());
        }
        return c;
    };

    /**
     * The claims with a number, as reports in {@link #REPORT_ORDER}. A loop and one comparator:
     * a stream sorted by a chain of three comparators was 2 % of a rebuild at 10,000 articles.
     */
    static List<Reported> reported(List<Claim> claims) {
        List<Reported> out = new ArrayList<>(claims.size());
        for (Claim claim : claims) {
            if (plottable(claim)) {
                out.add(new Reported(dateOf(claim), plotted(claim.figure()), claim.source()));
            }
        }
        out.sort(REPORT_ORDER); // stable, as the stream's sort
        return Collections.unmodifiableList(out);
    }

    /** Whether any claim has a number to plot: {@code !reported(claims).isEmpty()} without sorting them all. */
    static boolean anyReported(List<Claim> claims) {
        return claims.stream().anyMatch(Takeaways::plottable);
    }

    private static boolean plottable(Claim claim) {
        return claim.figure() != null && plotted(claim.figure()) != null;
    }

    static LocalDate dateOf(Claim claim) {
        return claim.figure().date() != null ? claim.figure().date() : claim.published();
    }

    /**
     * "Turkish personnel killed: reports rose from 8 on 3 Feb (Al-Monitor) to 17 on 26 Feb
     * (Reuters)." The end point is the headline when there is one.
     */
    static String trend(String label, List<Reported> reports, Headline headline) {
        if (reports.isEmpty()) {
            return label + ": no report gives a number.";
        }
        Reported first = reports.get(0);
        LocalDate lastDate = reports.get(reports.size() - 1).date();
        if (first.date().equals(lastDate)) {
            return sameDay(label, reports);
        }
        Reported last = end(reports, headline);
        int direction = last.value().compareTo(first.value());
        String verb = direction > 0 ? "rose from " : direction < 0 ? "fell from " : "stayed at ";
        StringBuilder text = new StringBuilder(label).append(": reports ").append(verb);
        if (direction == 0) {
            text.append(Formats.number(first.value())).append(" from ").append(Formats.shortDay(first.date()))
                    .append(" (").append(first.source()).append(") to ").append(Formats.shortDay(last.date()))
                    .append(" (").append(last.source()).append(").");
        } else {
            text.append(Formats.number(first.value())).append(" on ").append(Formats.shortDay(first.date()))
                    .append(" (").append(first.source()).append(") to ").append(Formats.number(last.value()))
                    .append(" on ").append(Formats.shortDay(last.date())).append(" (").append(last.source())
                    .append(").");
        }
        text.append(latestSpread(headline));
        return text.toString();
    }

    private static Reported end(List<Reported> reports, Headline headline) {
        if (headline != null && headline.value() != null && headline.asOf() != null) {
            String source = headline.claim() != null && headline.claim().source() != null
                    ? headline.claim().source() : Formats.list(headline.sources());
            return new Reported(headline.asOf(), headline.value(), source);
        }
        LocalDate lastDate = reports.get(reports.size() - 1).date();
        return reports.stream().filter(report -> report.date().equals(lastDate)).findFirst().orElseThrow();
    }

    private static String latestSpread(Headline headline) {
        if (headline == null || headline.low() == null || headline.high() == null
                || headline.low().compareTo(headline.high()) == 0) {
            return "";
        }
        return " The latest reports range from " + Formats.number(headline.low()) + " to "
                + Formats.number(headline.high()) + ".";
    }

    private static String sameDay(String label, List<Reported> reports) {
        Reported only = reports.get(0);
        if (reports.size() == 1) {
            return label + ": one report, " + Formats.number(only.value()) + " on " + Formats.shortDay(only.date())
                    + " (" + only.source() + ").";
        }
        Reported low = reports.get(0);
        Reported high = reports.get(reports.size() - 1);
        if (low.value().compareTo(high.value()) == 0) {
            return label + ": " + reports.size() + " reports on " + Formats.shortDay(only.date()) + " agree on "
                    + Formats.number(low.value()) + " (" + Formats.list(outlets(reports)) + ").";
        }
        return label + ": " + reports.size() + " reports on " + Formats.shortDay(only.date()) + " range from "
                + Formats.number(low.value()) + " (" + low.source() + ") to " + Formats.number(high.value())
                + " (" + high.source() + ").";
    }

    private static List<String> outlets(List<Reported> reports) {
        TreeSet<String> outlets = new TreeSet<>(ChartContext.SOURCE_ORDER);
        reports.stream().map(Reported::source).filter(Objects::nonNull).forEach(outlets::add);
        return List.copyOf(outlets);
    }
}
