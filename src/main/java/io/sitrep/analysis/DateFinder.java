package io.sitrep.analysis;

import io.sitrep.content.PlainText;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds date expressions and resolves them against the publication date, with day, month or
 * year precision: explicit dates ("Feb. 6", "January 12", "6 February 2020", "September
 * 2018", "late 2019", "the 2018 deal"), weekdays ("on Wednesday", "last Friday"), relative
 * spans ("last week", "earlier this month", "the end of February", "last August") and
 * "today"/"yesterday". Durations ("six weeks", "107-month", "in recent weeks") are not dates.
 * The expression keeps a preposition right before it ("on Wednesday"), as SPEC writes it.
 *
 * <p>Works on the tokens of each sentence, so no regular expression runs over the text.
 */
public final class DateFinder {

    private static final Set<String> PART_OF_DAY = Set.of("morning", "afternoon", "evening", "night");
    private static final Set<String> EDGES = Set.of("end", "beginning", "start", "middle", "turn");
    private static final Set<String> SPAN_PREFIXES = Set.of("early", "mid", "late", "earlier", "later");
    /** A match: tokens {@code [from, to)}, resolved. */
    private record Found(int from, int to, LocalDate date, LocalDate until, Precision precision) {
    }

    public List<DateMention> find(PlainText plain, List<Sentence> sentences, LocalDate published) {
        return find(plain, sentences, published, WordTokens.of(plain.text(), sentences));
    }

    /** As {@link #find(PlainText, List, LocalDate)}, with the sentences' tokens already built. */
    List<DateMention> find(PlainText plain, List<Sentence> sentences, LocalDate published, List<WordTokens> tokens) {
        if (published == null) {
            return List.of();
        }
        String text = plain.text();
        List<DateMention> out = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            WordTokens t = tokens.get(si);
            int lastEnd = 0;
            int i = 0;
            while (i < t.size()) {
                Found f = match(t, i, published);
                if (f == null) {
                    i++;
                    continue;
                }
                int first = f.from();
                if (first - 1 >= lastEnd && t.isWord(first - 1) && DateRules.PREPOSITIONS.contains(t.lower(first - 1))) {
                    first--;
                }
                int start = t.start(first);
                int end = t.end(f.to() - 1);
                out.add(new DateMention(text.substring(start, end), f.date(), f.until(), f.precision(), s.index(), start, end));
                lastEnd = f.to();
                i = f.to();
            }
        }
        return out;
    }

    private Found match(WordTokens t, int i, LocalDate p) {
        if (!t.isNumber(i) && !(t.isWord(i) && ((t.flags(i) & Cues.DATE_START) != 0 || t.lowerStartsWith(i, "mid-")))) {
            return null;
        }
        Found f = edgeOf(t, i, p);
        if (f == null) {
            f = modified(t, i, p);
        }
        if (f == null) {
            f = dayWord(t, i, p);
        }
        if (f == null) {
            f = ago(t, i, p);
        }
        if (f == null) {
            f = dayFirst(t, i, p);
        }
        if (f == null) {
            f = monthExpression(t, i, i, p, "", false);
        }
        if (f == null) {
            f = weekdayExpression(t, i, i, p, "");
        }
        if (f == null) {
            f = year(t, i, i, false);
        }
        return f;
    }

    /** "[early|mid|late|earlier|later] [last|this|next] (week|month|year|weekend|<Month>|<Weekday>|<year>)". */
    private Found modified(WordTokens t, int i, LocalDate p) {
        int j = i;
        boolean prefix = false;
        if (t.isWord(j) && SPAN_PREFIXES.contains(t.lower(j))) {
            prefix = true;
            j++;
        }
        String mod = "";
        if (t.isWord(j) && (t.is(j, "last") || t.is(j, "this") || t.is(j, "next"))) {
            mod = t.lower(j);
            j++;
        }
        if (!prefix && mod.isEmpty()) {
            return null;
        }
        if (!mod.isEmpty() && t.isWord(j)) {
            Found unit = unit(t, i, j, p, mod);
            if (unit != null) {
                return unit;
            }
        }
        Found f = monthExpression(t, i, j, p, mod, true);
        if (f == null) {
            f = weekdayExpression(t, i, j, p, mod);
        }
        if (f == null && prefix && mod.isEmpty()) {
            f = year(t, i, j, true);
        }
        return f;
    }

    /** "last week", "this month", "next year", "last weekend". */
    private static Found unit(WordTokens t, int from, int j, LocalDate p, String mod) {
        int shift = switch (mod) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        String u = t.lower(j);
        switch (u) {
            case "week" -> {
                LocalDate mon = DateRules.monday(p).plusWeeks(shift);
                return new Found(from, j + 1, mon, mon.plusDays(6), Precision.DAY);
            }
            case "weekend" -> {
                LocalDate sat = DateRules.monday(p).plusWeeks(shift).plusDays(5);
                return new Found(from, j + 1, sat, sat.plusDays(1), Precision.DAY);
            }
            case "month" -> {
                return new Found(from, j + 1, p.withDayOfMonth(1).plusMonths(shift), null, Precision.MONTH);
            }
            case "year" -> {
                return new Found(from, j + 1, p.withDayOfYear(1).plusYears(shift), null, Precision.YEAR);
            }
            default -> {
                return null;
            }
        }
    }

    /** "the end of February", "the end of the month", "the beginning of 2019". */
    private Found edgeOf(WordTokens t, int i, LocalDate p) {
        int j = t.is(i, "the") ? i + 1 : i;
        if (!(t.isWord(j) && EDGES.contains(t.lower(j)) && t.is(j + 1, "of"))) {
            return null;
        }
        int k = j + 2;
        String mod = "";
        if (t.is(k, "the") || t.is(k, "this") || t.is(k, "next") || t.is(k, "last")) {
            mod = t.is(k, "the") ? "this" : t.lower(k);
            k++;
        }
        if (t.isWord(k) && !mod.isEmpty()) {
            return unit(t, i, k, p, mod);
        }
        Found f = monthExpression(t, i, k, p, "", true);
        return f != null ? f : year(t, i, k, true);
    }

    /** "today", "yesterday", "tomorrow", "tonight". */
    private static Found dayWord(WordTokens t, int i, LocalDate p) {
        return switch (t.isWord(i) ? t.lower(i) : "") {
            case "today", "tonight" -> new Found(i, i + 1, p, null, Precision.DAY);
            case "yesterday" -> new Found(i, i + 1, p.minusDays(1), null, Precision.DAY);
            case "tomorrow" -> new Found(i, i + 1, p.plusDays(1), null, Precision.DAY);
            default -> null;
        };
    }

    /** "three days ago", "a week ago", "two years ago". */
    private static Found ago(WordTokens t, int i, LocalDate p) {
        int n = t.isNumber(i) ? DateRules.dayNumber(t.word(i)) : DateRules.SMALL_NUMBERS.getOrDefault(t.isWord(i) ? t.lower(i) : "", -1);
        if (n < 1 || !t.isWord(i + 1) || !t.is(i + 2, "ago")) {
            return null;
        }
        String unit = t.lower(i + 1);
        return switch (unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit) {
            case "day" -> new Found(i, i + 3, p.minusDays(n), null, Precision.DAY);
            case "week" -> new Found(i, i + 3, p.minusWeeks(n), null, Precision.DAY);
            case "month" -> new Found(i, i + 3, p.minusMonths(n).withDayOfMonth(1), null, Precision.MONTH);
            case "year" -> new Found(i, i + 3, p.minusYears(n).withDayOfYear(1), null, Precision.YEAR);
            default -> null;
        };
    }

    /** "6 February", "6 February 2020", "6th of February". */
    private Found dayFirst(WordTokens t, int i, LocalDate p) {
        int day = t.isNumber(i) ? DateRules.dayNumber(t.word(i)) : -1;
        if (day < 0) {
            return null;
        }
        int j = t.is(i + 1, "of") ? i + 2 : i + 1;
        int[] month = monthAt(t, j);
        if (month == null) {
            return null;
        }
        int k = month[1];
        int y = t.isNumber(k) ? DateRules.yearNumber(t.word(k)) : -1;
        LocalDate d = y > 0 ? DateRules.safeDate(y, month[0], day) : DateRules.dayWithoutYear(p, month[0], day, future(t, i));
        return d == null ? null : new Found(i, y > 0 ? k + 1 : k, d, null, Precision.DAY);
    }

    /**
     * "[prefix] Month [day][, year]" from token {@code j}; the match starts at {@code from}.
     * A bare month needs a cue before it unless {@code cued}.
     */
    private Found monthExpression(WordTokens t, int from, int j, LocalDate p, String mod, boolean cued) {
        int[] month = monthAt(t, j);
        if (month == null) {
            return null;
        }
        int k = month[1];
        boolean abbreviated = month[2] == 1;
        int day = t.isNumber(k) ? DateRules.dayNumber(t.word(k)) : -1;
        if (day > 0 && mod.isEmpty()) {
            int yi = t.isMark(k + 1, ',') ? k + 2 : k + 1;
            int y = t.isNumber(yi) ? DateRules.yearNumber(t.word(yi)) : -1;
            int relative = relativeYear(t, k + 1, p);
            if (y < 0 && relative > 0) {
                LocalDate d = DateRules.safeDate(relative, month[0], day);
                return d == null ? null : new Found(from, k + 3, d, null, Precision.DAY);
            }
            LocalDate d = y > 0 ? DateRules.safeDate(y, month[0], day) : DateRules.dayWithoutYear(p, month[0], day, future(t, from));
            return d == null ? null : new Found(from, y > 0 ? yi + 1 : k + 1, d, null, Precision.DAY);
        }
        int y = t.isNumber(k) ? DateRules.yearNumber(t.word(k)) : -1;
        if (y > 0 && mod.isEmpty()) {
            return new Found(from, k + 1, LocalDate.of(y, month[0], 1), null, Precision.MONTH);
        }
        if (abbreviated) {
            return null;
        }
        String lower = t.lower(j).startsWith("mid-") ? "mid" : t.lower(j);
        boolean hasCue = cued || !mod.isEmpty() || lower.equals("mid")
                || (j > 0 && t.isWord(j - 1) && DateRules.MONTH_CUES.contains(t.lower(j - 1)));
        if (DateRules.AMBIGUOUS_MONTHS.contains(lower) && !hasCue) {
            return null;
        }
        int relative = mod.isEmpty() ? relativeYear(t, k, p) : -1;
        if (relative > 0) {
            return new Found(from, k + 2, LocalDate.of(relative, month[0], 1), null, Precision.MONTH);
        }
        int year = DateRules.yearOfMonth(p, month[0], mod, future(t, from));
        return new Found(from, k, LocalDate.of(year, month[0], 1), null, Precision.MONTH);
    }

    /** The year of "last year", "this year", "next year" at token {@code k}, or -1. */
    private static int relativeYear(WordTokens t, int k, LocalDate p) {
        if (!t.is(k + 1, "year")) {
            return -1;
        }
        return t.is(k, "last") ? p.getYear() - 1 : t.is(k, "this") ? p.getYear() : t.is(k, "next") ? p.getYear() + 1 : -1;
    }

    /**
     * The month at token {@code j}: {month, next token, 1 if abbreviated}; null if none. A full
     * name must be capitalized; an abbreviation may carry its period; "mid-February" is one token.
     */
    private static int[] monthAt(WordTokens t, int j) {
        if (!t.isWord(j) || !t.capitalized(j) && !t.lower(j).startsWith("mid-")) {
            return null;
        }
        String w = t.lower(j);
        if (w.startsWith("mid-")) {
            String rest = w.substring(4);
            Integer m = DateRules.month(rest);
            boolean capital = Character.isUpperCase(t.word(j).charAt(4));
            return m == null || !capital ? null : new int[] {m, j + 1, 0};
        }
        Integer m = DateRules.month(w);
        if (m != null) {
            return new int[] {m, j + 1, 0};
        }
        Integer a = DateRules.MONTH_ABBREVIATIONS.get(w);
        if (a != null) {
            return new int[] {a, t.isMark(j + 1, '.') ? j + 2 : j + 1, 1};
        }
        return null;
    }

    /** "[last|next|this] Wednesday [morning][, Feb. 5]". */
    private Found weekdayExpression(WordTokens t, int from, int j, LocalDate p, String mod) {
        if (!t.capitalized(j)) {
            return null;
        }
        DayOfWeek day = DateRules.WEEKDAYS.get(t.lower(j));
        if (day == null) {
            return null;
        }
        int k = j + 1;
        if (t.isWord(k) && PART_OF_DAY.contains(t.lower(k))) {
            k++;
        }
        if (t.isMark(k, ',') && mod.isEmpty()) {
            Found explicit = monthExpression(t, from, k + 1, p, "", false);
            if (explicit != null && explicit.precision() == Precision.DAY) {
                return explicit;
            }
        }
        return new Found(from, k, DateRules.weekday(p, day, mod, future(t, from)), null, Precision.DAY);
    }

    /** A four-digit year ("2016", "the 2018 deal", "late 2019"), unless it counts something. */
    private static Found year(WordTokens t, int from, int j, boolean prefixed) {
        int y = -1;
        if (t.isNumber(j)) {
            y = DateRules.yearNumber(t.word(j));
        } else if (t.isWord(j) && t.lower(j).startsWith("mid-")) {
            y = DateRules.yearNumber(t.word(j).substring(4));
        }
        if (y < 0) {
            return null;
        }
        if (!prefixed && j > 0) {
            if (t.isWord(j - 1) && DateRules.COUNT_CUES.contains(t.lower(j - 1))) {
                return null;
            }
            if (t.isMark(j - 1, '$') || t.isMark(j - 1, '€') || t.isMark(j - 1, '£')) {
                return null;
            }
        }
        if (t.isWord(j + 1) && DateRules.COUNTED.contains(t.lower(j + 1)) || t.isMark(j + 1, '%')) {
            return null;
        }
        return new Found(from, j + 1, LocalDate.of(y, 1, 1), null, Precision.YEAR);
    }

    /**
     * Whether the clause before token {@code i} speaks of the future: "will meet on Thursday",
     * "is due to visit on …", "by the end of …". "was due to" is the past.
     */
    private static boolean future(WordTokens t, int i) {
        if (t.is(i - 1, "by")) {
            return true;
        }
        for (int k = i - 1; k >= Math.max(0, i - 8); k--) {
            if (t.isMark(k, ';') || t.isMark(k, '“') || t.isMark(k, '”') || t.isMark(k, '"')) {
                return false;
            }
            if (t.isWord(k) && DateRules.FUTURE_CUES.contains(t.lower(k))) {
                return true;
            }
            if (t.isWord(k) && DateRules.FUTURE_IF_PRESENT.contains(t.lower(k))) {
                return t.is(k - 1, "is") || t.is(k - 1, "are") || t.is(k - 1, "’s") || t.is(k - 1, "'s");
            }
        }
        return false;
    }
}
