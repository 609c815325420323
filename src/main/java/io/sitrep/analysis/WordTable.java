package io.sitrep.analysis;

import java.util.Map;

/**
 * Lower-case words with an int each, looked up by a range of characters in any ASCII case,
 * without making a string: {@code get(chars, start, end)} is {@code map.get(lowerCase(range))}
 * for an ASCII range. The finders ask such questions of nearly every word of every article;
 * lowering each word into a new string and hashing it cost about a tenth of the analysis under
 * the launcher's C1 JIT. Hand-written: open addressing over the keys' characters, filled once.
 */
final class WordTable {

    /** What {@link #get} gives for a word that is not in the table. */
    static final int ABSENT = Integer.MIN_VALUE;

    private final char[][] keys;
    private final int[] values;
    private final int mask;

    /** A table of {@code words}; keys that are not lower-case ASCII can never be found and are left out. */
    WordTable(Map<String, Integer> words) {
        int capacity = Integer.highestOneBit(Math.max(4, words.size() * 4 - 1)) << 1;
        keys = new char[capacity][];
        values = new int[capacity];
        mask = capacity - 1;
        for (Map.Entry<String, Integer> e : words.entrySet()) {
            char[] key = e.getKey().toCharArray();
            if (!isLowerAscii(key)) {
                continue;
            }
            int slot = hash(key, 0, key.length) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = e.getValue();
        }
    }

    /**
     * The value of the word {@code chars[start, end)} lower-cased, or {@link #ABSENT}. The range
     * must be ASCII: a caller with other characters asks the map it was made from.
     */
    int get(char[] chars, int start, int end) {
        int slot = hash(chars, start, end) & mask;
        for (char[] key = keys[slot]; key != null; key = keys[slot]) {
            if (matches(key, chars, start, end)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return ABSENT;
    }

    private static boolean matches(char[] key, char[] chars, int start, int end) {
        if (key.length != end - start) {
            return false;
        }
        for (int k = 0; k < key.length; k++) {
            if (key[k] != lower(chars[start + k])) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] chars, int start, int end) {
        int h = 0;
        for (int k = start; k < end; k++) {
            h = 31 * h + lower(chars[k]);
        }
        return h ^ (h >>> 16);
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    private static boolean isLowerAscii(char[] key) {
        for (char c : key) {
            if (c >= 0x80 || c >= 'A' && c <= 'Z') {
                return false;
            }
        }
        return true;
    }
}
