package io.sitrep.analysis;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads the amount that starts at a token: digits ("1,500", "6.62", "2bn"), number words
 * ("eight", "a hundred", "three million", "twenty-five"), digits with a scale ("3.5 million"),
 * ranges ("30-40", "between 200 and 300", "two or three") and the vague amounts of the rules
 * ("dozens", "tens of thousands", "several hundred", "half of").
 *
 * <p>Tokens that look like numbers but are not amounts give null: ordinals ("12th"),
 * compounds ("107-month", "nine-year", "12-year-old"), times ("10:30"), decades ("1990s"),
 * digits stuck to a unit ("155mm"). A change such as "rose from 40 to 50" gives the new value.
 */
final class AmountParser {

    private static final Set<String> CHANGE_VERBS = Set.of("rose", "risen", "rising", "increased", "climbed",
            "jumped", "grew", "grown", "fell", "fallen", "dropped", "declined", "up", "down", "revised");

    private final PhraseTable<FigureRules.VagueRule> vague;
    /** Words that can start an amount, so that most words are turned down with one lookup. */
    private final Set<String> starters;
    private final int longestStarter;
    private final long starterInitials;
    /** The starters, looked up by characters. */
    private final WordTable starterTable;

    AmountParser(PhraseTable<FigureRules.VagueRule> vague) {
        this.vague = vague;
        Set<String> all = new HashSet<>(NumberWords.starters());
        all.addAll(vague.firstWords());
        this.starters = Set.copyOf(all);
        this.longestStarter = all.stream().mapToInt(String::length).max().orElse(0);
        long initials = 0;
        for (String w : all) {
            initials |= 1L << (w.charAt(0) & 63);
        }
        this.starterInitials = initials;
        this.starterTable = new WordTable(all.stream().collect(java.util.stream.Collectors.toMap(w -> w, w -> 0)));
    }

    /** The amount starting at token {@code i}, or null. */
    Amount parse(Tokens t, int i) {
        if (t.isWord(i) && !mayStart(t, i)) {
            return null;
        }
        PhraseTable.Match<FigureRules.VagueRule> v = vague.longestAt(t, i);
        if (v != null) {
            int j = i + v.length();
            BigDecimal conservative = v.value().conservative();
            BigDecimal scale = j < t.size() && conservative != null ? NumberWords.scale(t.norm(j)) : null;
            if (scale != null) { // "several hundred", "a few thousand", "several dozen"
                return Amount.vague(i, j, conservative.multiply(scale));
            }
            return Amount.vague(i, j - 1, conservative);
        }
        Amount first = single(t, i);
        if (first == null) {
            return null;
        }
        return rangeOrChange(t, first);
    }

    /** A quick test on the characters, then one lookup: most words are not numbers. */
    private boolean mayStart(Tokens t, int i) {
        int length = t.end(i) - t.start(i);
        char c = Character.toLowerCase(t.charAt(t.start(i)));
        boolean hyphen = false;
        boolean ascii = true;
        for (int k = t.start(i); k < t.end(i) && !hyphen; k++) {
            char h = t.charAt(k);
            hyphen = h == '-' || h == '–' || h == '‑';
            ascii &= h < 0x80;
        }
        if ((starterInitials & (1L << (c & 63))) == 0 || length > longestStarter && !hyphen) {
            return false;
        }
        if (ascii && !hyphen) {
            return starterTable.get(t.chars(), t.start(i), t.end(i)) != WordTable.ABSENT; // its normal form is the word lower-cased
        }
        String w = t.norm(i);
        return starters.contains(w) || hyphen && NumberWords.small(w) != null;
    }

    /** A number without a range: digits with their scale, or number words. */
    private Amount single(Tokens t, int i) {
        if (t.isNumber(i)) {
            return digits(t, i);
        }
        if (t.isWord(i)) {
            return words(t, i);
        }
        return null;
    }

    private Amount digits(Tokens t, int i) {
        String raw = t.norm(i);
        int k = NumberWords.digitsLength(raw);
        String head = raw.substring(0, k);
        String rest = raw.substring(k);
        BigDecimal value = NumberWords.parseDigits(head);
        if (value == null) {
            return null;
        }
        Qualifier implied = null;
        BigDecimal high = null;
        BigDecimal scale = null;
        if (rest.startsWith("-")) {
            String tail = rest.substring(1);
            int tk = NumberWords.digitsLength(tail);
            if (tk > 0) {
                high = NumberWords.parseDigits(tail.substring(0, tk));
                String tailRest = tail.substring(tk);
                if (high == null || !tailRest.isEmpty() && (scale = NumberWords.suffix(tailRest)) == null) {
                    return null;
                }
            } else if (tail.equals("plus")) {
                implied = Qualifier.MORE_THAN;
            } else if (!tail.equals("strong")) {
                return null; // "107-month", "12-year-old", "5-member"
            }
        } else if (!rest.isEmpty()) {
            scale = NumberWords.suffix(rest);
            if (scale == null) {
                return null; // "12th", "1990s", "155mm", "10:30"
            }
        }
        int last = i;
        if (scale == null) {
            BigDecimal s;
            while (last + 1 < t.size() && (s = scaleWord(t, last + 1)) != null) {
                scale = scale == null ? s : scale.multiply(s);
                last++;
            }
        }
        boolean yearLike = isYear(head) && scale == null && (high == null || isYear(tail(rest)));
        if (scale != null) {
            value = value.multiply(scale);
            high = high == null ? null : high.multiply(scale);
        }
        if (high != null) {
            return high.compareTo(value) > 0 ? Amount.range(i, last, value, high, scale, yearLike) : null;
        }
        boolean plain = scale == null && head.indexOf(',') < 0 && head.indexOf('.') < 0;
        return Amount.number(i, last, value, implied, scale, false, yearLike, plain);
    }

    private static BigDecimal scaleWord(Tokens t, int j) {
        String w = t.norm(j);
        if (w.equals("dozen")) {
            return null;
        }
        BigDecimal s = NumberWords.scale(w);
        return s != null ? s : NumberWords.abbreviation(w);
    }

    private static String tail(String rest) {
        return rest.startsWith("-") ? rest.substring(1) : rest;
    }

    private static boolean isYear(String digits) {
        if (digits.length() != 4) {
            return false;
        }
        for (int k = 0; k < 4; k++) {
            if (!Character.isDigit(digits.charAt(k))) {
                return false;
            }
        }
        int y = Integer.parseInt(digits);
        return y >= 1800 && y <= 2100;
    }

    /** Number words: "eight", "twenty-five", "a hundred", "two hundred thousand", "a dozen", "half a million". */
    private Amount words(Tokens t, int i) {
        int j = i;
        long current = 0;
        BigDecimal total = BigDecimal.ZERO;
        boolean any = false;
        boolean approximate = false;
        BigDecimal scale = null;
        String w = t.norm(i);
        if (w.equals("a") || w.equals("an") || w.equals("half")) {
            boolean half = w.equals("half");
            if (half && !(t.is(i + 1, "a") || t.is(i + 1, "an"))) {
                return null;
            }
            int s = half ? i + 2 : i + 1;
            if (s >= t.size() || NumberWords.scale(t.norm(s)) == null) {
                return null;
            }
            if (half) {
                BigDecimal v = NumberWords.scale(t.norm(s)).divide(BigDecimal.valueOf(2));
                return Amount.number(i, s, v, Qualifier.ABOUT, NumberWords.scale(t.norm(s)),
                        false, false, false);
            }
            current = 1;
            j = i + 1;
        }
        int lastSmall = -2;
        for (; j < t.size(); j++) {
            w = t.norm(j);
            Integer small = NumberWords.small(w);
            BigDecimal s = NumberWords.scale(w);
            if (small != null) {
                boolean afterTens = lastSmall == j - 1 && current % 10 == 0 && current % 100 >= 20 && small < 10;
                if (lastSmall == j - 1 && !afterTens) {
                    break; // "five six" is not one number
                }
                current += small;
                lastSmall = j;
            } else if (w.equals("hundred")) {
                current = Math.max(current, 1) * 100;
            } else if (w.equals("dozen")) {
                current = Math.max(current, 1) * 12;
                approximate = true;
            } else if (s != null) {
                total = total.add(BigDecimal.valueOf(Math.max(current, 1)).multiply(s));
                scale = scale == null || s.compareTo(scale) < 0 ? s : scale;
                current = 0;
            } else if (w.equals("and") && (any || current > 0) && j + 1 < t.size()
                    && NumberWords.small(t.norm(j + 1)) != null && t.is(j - 1, "hundred")) {
                continue; // "one hundred and fifty"
            } else {
                break;
            }
            any = true;
        }
        if (!any) {
            return null;
        }
        BigDecimal value = total.add(BigDecimal.valueOf(current));
        boolean weak = j - i == 1 && t.is(i, "one");
        return Amount.number(i, j - 1, value, approximate ? Qualifier.ABOUT : null, scale, weak, false, false);
    }

    /** Turns "200 to 300", "200-300", "between 200 and 300", "two or three" into a range. */
    private Amount rangeOrChange(Tokens t, Amount first) {
        int j = first.last() + 1;
        boolean between = t.is(first.first() - 1, "between");
        boolean from = t.is(first.first() - 1, "from");
        boolean link = t.is(j, "to") || t.isChar(j, '-') || t.isChar(j, '–') || t.is(j, "or")
                || between && t.is(j, "and");
        if (first.kind() != Amount.Kind.NUMBER || !link) {
            return first;
        }
        Amount second = single(t, j + 1);
        if (second == null || second.kind() != Amount.Kind.NUMBER) {
            return first;
        }
        if (from && (CHANGE_VERBS.contains(norm(t, first.first() - 2)) || CHANGE_VERBS.contains(norm(t, first.first() - 3)))) {
            return second; // "rose from 40 to 50": the figure now is 50
        }
        BigDecimal low = first.value();
        if (first.scale() == null && second.scale() != null && low.compareTo(second.value()) < 0
                && low.multiply(second.scale()).compareTo(second.value()) < 0) {
            low = low.multiply(second.scale()); // "1.5 to 2 million"
        }
        if (low.compareTo(second.value()) >= 0) {
            return first;
        }
        int start = between || from ? first.first() - 1 : first.first();
        return Amount.range(start, second.last(), low, second.value(), second.scale(),
                first.yearLike() && second.yearLike());
    }

    private static String norm(Tokens t, int i) {
        return i >= 0 && i < t.size() ? t.norm(i) : "";
    }
}
