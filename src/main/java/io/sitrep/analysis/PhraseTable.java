package io.sitrep.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Phrases of one or more words, each with a value, matched against {@link Tokens} at a given
 * token: the longest phrase that starts there, or the longest that ends there.
 *
 * <p>Words match ignoring case, except words written in capitals of two letters or more
 * ({@code US}, {@code EU}, {@code HTS}): those are acronyms and match only in capitals, so
 * that "us" is not the United States. Phrases are indexed by their first and by their last
 * word, so a lookup costs one hash probe plus the few phrases that share that word. When the
 * same phrase is added twice, the first value stays (rules listed first win).
 *
 * @param <T> the value type
 */
final class PhraseTable<T> {

    /** A phrase found in the tokens: its value and how many tokens it covers. */
    record Match<T>(T value, int length) {
    }

    private record Entry<T>(String[] words, boolean[] exact, T value) {
    }

    private final Map<String, List<Entry<T>>> byFirst;
    private final Map<String, List<Entry<T>>> byLast;

    private PhraseTable(Map<String, List<Entry<T>>> byFirst, Map<String, List<Entry<T>>> byLast) {
        this.byFirst = byFirst;
        this.byLast = byLast;
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    boolean isEmpty() {
        return byFirst.isEmpty();
    }

    /** The first words of all phrases, lower-cased. */
    Set<String> firstWords() {
        return byFirst.keySet();
    }

    /** The longest phrase that starts at token {@code i}, or null. */
    Match<T> longestAt(Tokens t, int i) {
        if (i < 0 || i >= t.size()) {
            return null;
        }
        List<Entry<T>> candidates = byFirst.get(t.norm(i));
        if (candidates == null) {
            return null;
        }
        for (Entry<T> e : candidates) { // longest first
            int n = e.words.length;
            if (i + n <= t.size() && matches(e, t, i)) {
                return new Match<>(e.value, n);
            }
        }
        return null;
    }

    /** The longest phrase that ends at token {@code j} (inclusive), or null. */
    Match<T> longestEndingAt(Tokens t, int j) {
        if (j < 0 || j >= t.size()) {
            return null;
        }
        List<Entry<T>> candidates = byLast.get(t.norm(j));
        if (candidates == null) {
            return null;
        }
        for (Entry<T> e : candidates) {
            int n = e.words.length;
            if (j - n + 1 >= 0 && matches(e, t, j - n + 1)) {
                return new Match<>(e.value, n);
            }
        }
        return null;
    }

    private static <T> boolean matches(Entry<T> e, Tokens t, int from) {
        for (int k = 0; k < e.words.length; k++) {
            int i = from + k;
            if (!t.norm(i).equals(e.words[k])) {
                return false;
            }
            if (e.exact[k] && !allCaps(t.raw(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word is an acronym: two or more letters, all capitals ("US", "U.S", "HTS"). */
    static boolean allCaps(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 2;
    }

    static final class Builder<T> {
        private final Map<String, List<Entry<T>>> byFirst = new HashMap<>();
        private final Map<String, List<Entry<T>>> byLast = new HashMap<>();
        private final java.util.Set<String> seen = new java.util.HashSet<>();

        /** Adds a phrase; blank phrases and phrases already added are ignored. */
        Builder<T> add(String phrase, T value) {
            if (phrase == null || phrase.isBlank()) {
                return this;
            }
            Tokens t = Tokens.of(phrase.strip());
            String[] words = new String[t.size()];
            boolean[] exact = new boolean[t.size()];
            StringBuilder key = new StringBuilder();
            for (int i = 0; i < t.size(); i++) {
                words[i] = t.norm(i);
                exact[i] = allCaps(t.raw(i));
                key.append(exact[i] ? t.raw(i) : words[i]).append(' ');
            }
            if (words.length == 0 || !seen.add(key.toString())) {
                return this;
            }
            Entry<T> e = new Entry<>(words, exact, value);
            byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(e);
            byLast.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(e);
            return this;
        }

        Builder<T> addAll(Iterable<String> phrases, T value) {
            for (String p : phrases) {
                add(p, value);
            }
            return this;
        }

        PhraseTable<T> build() {
            Comparator<Entry<T>> longestFirst = Comparator.comparingInt((Entry<T> e) -> -e.words.length);
            Map<String, List<Entry<T>>> first = new HashMap<>();
            Map<String, List<Entry<T>>> last = new HashMap<>();
            byFirst.forEach((k, v) -> first.put(k, v.stream().sorted(longestFirst).toList()));
            byLast.forEach((k, v) -> last.put(k, v.stream().sorted(longestFirst).toList()));
            return new PhraseTable<>(Map.copyOf(first), Map.copyOf(last));
        }
    }
}
