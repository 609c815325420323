package io.sitrep.analysis;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * English number words and written numbers: "eight" → 8, "twenty-five" → 25, "million" →
 * 10⁶, "1,500" → 1500, "6.62" → 6.62, the suffixes of "2bn" and "1.5m".
 *
 * <p>Hand-written: a few fixed tables; ICU4J's rule-based number parsing would do the words
 * but weighs 14 MiB and knows neither "bn" nor the thousands separators of news copy.
 */
final class NumberWords {

    private static final Map<String, Integer> SMALL = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

    private static final Map<String, BigDecimal> SCALES = Map.of(
            "hundred", BigDecimal.valueOf(100),
            "thousand", BigDecimal.valueOf(1_000),
            "million", BigDecimal.valueOf(1_000_000),
            "billion", BigDecimal.valueOf(1_000_000_000),
            "trillion", BigDecimal.valueOf(1_000_000_000_000L),
            "dozen", BigDecimal.valueOf(12));

    /** Abbreviated scales written as their own word: "$2 bn", "5 mln". */
    private static final Map<String, BigDecimal> ABBREVIATIONS = Map.of(
            "bn", BigDecimal.valueOf(1_000_000_000),
            "mn", BigDecimal.valueOf(1_000_000),
            "mln", BigDecimal.valueOf(1_000_000),
            "tn", BigDecimal.valueOf(1_000_000_000_000L),
            "trn", BigDecimal.valueOf(1_000_000_000_000L));

    /** Abbreviated scales stuck to the digits: "2bn", "1.5m", "300k". */
    private static final Map<String, BigDecimal> SUFFIXES = Map.of(
            "bn", BigDecimal.valueOf(1_000_000_000),
            "b", BigDecimal.valueOf(1_000_000_000),
            "m", BigDecimal.valueOf(1_000_000),
            "mn", BigDecimal.valueOf(1_000_000),
            "mln", BigDecimal.valueOf(1_000_000),
            "k", BigDecimal.valueOf(1_000),
            "tn", BigDecimal.valueOf(1_000_000_000_000L),
            "trn", BigDecimal.valueOf(1_000_000_000_000L));

    private NumberWords() {
    }

    /** Every word that can start a written-out number: "one" … "ninety", the scales, "a", "an", "half". */
    static Set<String> starters() {
        Set<String> out = new HashSet<>(SMALL.keySet());
        out.addAll(SCALES.keySet());
        out.addAll(Set.of("a", "an", "half"));
        return out;
    }

    /**
     * The value of a word from zero to ninety-nine ("eight", "twenty-five", "twenty–five"), or
     * null.
     */
    static Integer small(String word) {
        Integer v = SMALL.get(word);
        if (v != null) {
            return v;
        }
        int dash = word.indexOf('-');
        if (dash > 0 && dash < word.length() - 1) {
            Integer tens = SMALL.get(word.substring(0, dash));
            Integer unit = SMALL.get(word.substring(dash + 1));
            if (tens != null && unit != null && tens >= 20 && tens % 10 == 0 && unit >= 1 && unit <= 9) {
                return tens + unit;
            }
        }
        return null;
    }

    /** The multiplier of "hundred", "thousand", "million", "billion", "trillion", "dozen", or null. */
    static BigDecimal scale(String word) {
        return SCALES.get(word);
    }

    /** The multiplier of an abbreviation written as its own word ("bn", "mln"), or null. */
    static BigDecimal abbreviation(String word) {
        return ABBREVIATIONS.get(word);
    }

    /** The multiplier of a suffix stuck to digits ("bn", "m", "k"), or null. */
    static BigDecimal suffix(String letters) {
        return SUFFIXES.get(letters);
    }

    /** How many leading characters of {@code s} are a written number: digits, ',' and '.'. */
    static int digitsLength(String s) {
        int k = 0;
        while (k < s.length()) {
            char c = s.charAt(k);
            boolean inner = (c == ',' || c == '.') && k > 0 && k + 1 < s.length()
                    && Character.isDigit(s.charAt(k + 1));
            if (!(c >= '0' && c <= '9') && !inner) {
                break;
            }
            k++;
        }
        return k;
    }

    /**
     * The value of digits with optional thousands commas and decimals ("1,500", "6.62",
     * "800,000"), or null if the commas are not thousands separators ("3,6").
     */
    static BigDecimal parseDigits(String s) {
        if (s.isEmpty() || !Character.isDigit(s.charAt(0))) {
            return null;
        }
        int dot = s.indexOf('.');
        if (dot >= 0 && s.indexOf('.', dot + 1) >= 0) {
            return null;
        }
        String whole = dot >= 0 ? s.substring(0, dot) : s;
        if (whole.indexOf(',') >= 0) {
            String[] groups = whole.split(",", -1);
            if (groups[0].isEmpty() || groups[0].length() > 3) {
                return null;
            }
            for (int g = 1; g < groups.length; g++) {
                if (groups[g].length() != 3) {
                    return null;
                }
            }
            whole = whole.replace(",", "");
        }
        if (dot >= 0 && s.substring(dot + 1).indexOf(',') >= 0) {
            return null;
        }
        try {
            return new BigDecimal(dot >= 0 ? whole + s.substring(dot) : whole);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
