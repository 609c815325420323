package io.sitrep.analysis;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;

/**
 * Date words and how a date expression resolves against the publication date (the rules of
 * the gold annotations): a weekday is the most recent such day on or before publication, a
 * month with no year the most recent such month, "last week" the previous Monday-to-Sunday
 * week; when the clause speaks of the future ("will meet on Thursday") the next one instead.
 */
final class DateRules {

    static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12));

    /** Abbreviations, valid only before a day or a year ("Feb. 6", "Sept 2018"). */
    static final Map<String, Integer> MONTH_ABBREVIATIONS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
            "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
            "sunday", DayOfWeek.SUNDAY);

    /** Number words before "days ago", "weeks ago". */
    static final Map<String, Integer> SMALL_NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10));

    /** Other words a date expression can start with. */
    static final Set<String> DATE_STARTS = Set.of("the", "end", "beginning", "start", "middle", "turn", "early",
            "mid", "late", "earlier", "later", "last", "this", "next", "today", "tonight", "yesterday", "tomorrow");

    /** Month names that are also common words: they need a cue ("in May", "late March"). */
    static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march");

    /** Words before a bare month that make it a date: "in December", "since August". */
    static final Set<String> MONTH_CUES = Set.of("in", "since", "from", "until", "till", "by", "of", "during",
            "through", "throughout", "before", "after", "early", "mid", "late", "last", "next", "this", "end",
            "beginning", "start", "on", "between", "and", "or", "to");

    /** Prepositions kept with the expression, as SPEC's "on Wednesday". */
    static final Set<String> PREPOSITIONS = Set.of("on", "in", "by", "since", "from", "until", "till", "before",
            "after", "during", "through", "throughout");

    /** Words in the clause before a date that put it in the future. */
    static final Set<String> FUTURE_CUES = Set.of("will", "shall", "upcoming", "scheduled", "plans", "planning",
            "deadline", "ultimatum");

    /** Words that put a date in the future only after "is"/"are": "is due to", "are expected to". */
    static final Set<String> FUTURE_IF_PRESENT = Set.of("due", "expected", "set", "going", "planned");

    /** Words before a four-digit number that make it a count, not a year. */
    static final Set<String> COUNT_CUES = Set.of("than", "about", "some", "nearly", "around", "almost", "roughly",
            "approximately", "estimated", "least", "resolution", "resolutions", "no", "number", "flight", "route",
            "article", "code", "model", "page", "chapter", "section", "item", "line", "highway", "km", "only",
            "another", "additional", "over", "just", "total");

    /** Words after a four-digit number that make it a count: "2000 troops". */
    static final Set<String> COUNTED = Set.of("people", "troops", "soldiers", "civilians", "fighters", "refugees",
            "residents", "families", "children", "women", "men", "homes", "houses", "buildings", "km",
            "kilometres", "kilometers", "miles", "metres", "meters", "feet", "dollars", "euros", "pounds",
            "tonnes", "tons", "deaths", "cases", "dead", "killed", "wounded", "injured", "displaced",
            "members", "militants", "rebels", "personnel", "vehicles", "tanks", "rockets", "missiles", "times",
            "hectares", "acres", "percent", "per", "votes", "prisoners", "detainees", "pupils", "students");

    private DateRules() {
    }

    static Integer month(String lower) {
        return MONTHS.get(lower);
    }

    /** A weekday: the most recent on or before publication, or the next on or after it. */
    static LocalDate weekday(LocalDate published, DayOfWeek day, String modifier, boolean future) {
        return switch (modifier) {
            case "last" -> published.with(TemporalAdjusters.previous(day));
            case "next" -> published.with(TemporalAdjusters.next(day));
            case "this" -> monday(published).plusDays(day.getValue() - 1L);
            default -> future ? published.with(TemporalAdjusters.nextOrSame(day))
                    : published.with(TemporalAdjusters.previousOrSame(day));
        };
    }

    static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The year of a month named without one. */
    static int yearOfMonth(LocalDate published, int month, String modifier, boolean future) {
        int y = published.getYear();
        int m = published.getMonthValue();
        return switch (modifier) {
            case "last" -> month < m ? y : y - 1;
            case "next" -> month > m ? y : y + 1;
            case "this" -> y;
            default -> future ? (month >= m ? y : y + 1) : (month <= m ? y : y - 1);
        };
    }

    /** The year of a day and month named without one: this year's, unless that is far ahead. */
    static LocalDate dayWithoutYear(LocalDate published, int month, int day, boolean future) {
        LocalDate d = safeDate(published.getYear(), month, day);
        if (d == null) {
            return null;
        }
        if (future && d.isBefore(published.minusDays(7))) {
            return safeDate(published.getYear() + 1, month, day);
        }
        if (!future && d.isAfter(published.plusDays(7))) {
            return safeDate(published.getYear() - 1, month, day);
        }
        return d;
    }

    static LocalDate safeDate(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        LocalDate first = LocalDate.of(year, month, 1);
        return day > first.lengthOfMonth() ? null : first.withDayOfMonth(day);
    }

    /** A day of the month ("6", "6th"), or -1. */
    static int dayNumber(String token) {
        int n = 0;
        int digits = 0;
        while (digits < token.length() && Character.isDigit(token.charAt(digits))) {
            n = n * 10 + (token.charAt(digits) - '0');
            digits++;
        }
        String rest = token.substring(digits).toLowerCase(java.util.Locale.ROOT);
        boolean suffixOk = rest.isEmpty() || rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th");
        return digits >= 1 && digits <= 2 && suffixOk && n >= 1 && n <= 31 ? n : -1;
    }

    /** A year written as four digits, 1900 to 2099, or -1. */
    static int yearNumber(String token) {
        if (token.length() != 4) {
            return -1;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(token.charAt(i))) {
                return -1;
            }
        }
        int y = Integer.parseInt(token);
        return y >= 1900 && y <= 2099 ? y : -1;
    }
}
