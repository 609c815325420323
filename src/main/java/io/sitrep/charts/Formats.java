package io.sitrep.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Text forms of numbers and dates in charts, captions, alt text and tables: always English
 * and UTC, whatever the machine's locale and time zone, so the same data give the same bytes.
 * Format objects are not thread-safe, so every call makes its own.
 */
final class Formats {

    static final Locale LOCALE = Locale.ENGLISH;
    static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", LOCALE);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", LOCALE);

    private Formats() {
    }

    /** "400,000", "2.5": grouped, at most two decimals. */
    static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        String whole = WholeNumbers.groupedOrNull(value); // most numbers: no DecimalFormat made per call
        if (whole != null) {
            return whole;
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(LOCALE));
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(value);
    }

    static String number(long value) {
        return number(BigDecimal.valueOf(value));
    }

    /** The raw, machine-readable form of a number: plain digits, no grouping, no exponent. */
    static String plain(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    /** "5 Feb 2020". */
    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** "5 Feb". */
    static String shortDay(LocalDate date) {
        return date == null ? "" : SHORT_DAY.format(date);
    }

    /** "1–29 Feb 2020", "28 Jan – 3 Feb 2020", "30 Dec 2019 – 2 Jan 2020", "5 Feb 2020". */
    static String period(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return from == null ? day(to) : day(from);
        }
        if (from.equals(to)) {
            return day(from);
        }
        if (from.getYear() != to.getYear()) {
            return day(from) + " – " + day(to);
        }
        if (from.getMonth() != to.getMonth()) {
            return shortDay(from) + " – " + day(to);
        }
        return from.getDayOfMonth() + "–" + day(to);
    }

    /** "Rudaw", "Rudaw and Reuters", "Al-Monitor, Rudaw and Reuters". */
    static String list(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** Like {@link #list} but names at most {@code max} items: "A, B, C and 4 more". */
    static String shortList(List<String> items, int max) {
        if (items.size() <= max) {
            return list(items);
        }
        return String.join(", ", items.subList(0, max)) + " and " + (items.size() - max) + " more";
    }

    /** "1 article", "5 articles". */
    static String count(long n, String singular, String plural) {
        return number(n) + " " + (n == 1 ? singular : plural);
    }

    /** Axis ticks for large numbers: "800K", "1.5M", "12". */
    static NumberFormat compactNumbers() {
        NumberFormat format = NumberFormat.getCompactNumberInstance(LOCALE, NumberFormat.Style.SHORT);
        format.setMaximumFractionDigits(1);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format;
    }

    /** Axis ticks for counts: "1", "10", "1,000". */
    static NumberFormat integers() {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(LOCALE));
    }

    /** Axis ticks in degrees: "36", "36.5". */
    static NumberFormat degrees() {
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(LOCALE));
    }

    /** A date format for axis ticks, in UTC. */
    static SimpleDateFormat axisDates(String pattern) {
        SimpleDateFormat format = new SimpleDateFormat(pattern, LOCALE);
        format.setTimeZone(UTC);
        return format;
    }

    /** Midnight UTC of a day, as JFreeChart's time axes want it. */
    static long millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    static Date date(LocalDate date) {
        return new Date(millis(date));
    }
}
