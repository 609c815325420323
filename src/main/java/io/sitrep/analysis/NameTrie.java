package io.sitrep.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The folded keys of a dictionary as a trie, walked from every word start of a folded text:
 * finds each key that occurs there as whole words (no letter or digit right before or after
 * it), overlapping occurrences included.
 *
 * <p>Hand-written instead of {@code org.ahocorasick}'s automaton: its states keep their
 * transitions in hash maps of boxed {@code Character}s, measured at 16 % of the analysis
 * under the launcher's C1 JIT. Names only need whole-word matches, and those a walk from each
 * word start finds without the automaton's failure links. The trie is flat arrays: a node's
 * transitions are a sorted run of {@link #labels}, searched by bisection.
 */
final class NameTrie {

    /** Receives one occurrence: folded offsets {@code [start, end)} of key number {@code key}. */
    interface Sink {
        void found(int start, int end, int key);
    }

    /** Transitions of node n: {@code labels/targets[firstChild[n] .. firstChild[n + 1])}. */
    private final int[] firstChild;
    private final char[] labels;
    private final int[] targets;
    /** The key that ends at each node, or -1. */
    private final int[] keyAt;
    /** The root's transitions on ASCII characters, looked up directly: every walk starts there. */
    private final int[] rootAscii = new int[0x80];

    /** A trie of {@code keys}; key number k is {@code keys.get(k)}. Empty keys are left out. */
    NameTrie(List<String> keys) {
        Node root = new Node();
        for (int k = 0; k < keys.size(); k++) {
            Node n = root;
            for (char c : keys.get(k).toCharArray()) {
                n = n.children.computeIfAbsent(c, x -> new Node());
            }
            if (n != root && n.key < 0) {
                n.key = k;
            }
        }
        List<Node> order = new ArrayList<>(); // breadth first: a node's children get consecutive numbers
        order.add(root);
        for (int i = 0; i < order.size(); i++) {
            order.get(i).number = i;
            order.addAll(order.get(i).children.values());
        }
        firstChild = new int[order.size() + 1];
        labels = new char[order.size() - 1];
        targets = new int[order.size() - 1];
        keyAt = new int[order.size()];
        int edge = 0;
        for (int i = 0; i < order.size(); i++) {
            Node n = order.get(i);
            firstChild[i] = edge;
            keyAt[i] = n.key;
            for (Map.Entry<Character, Node> e : n.children.entrySet()) {
                labels[edge] = e.getKey();
                targets[edge] = e.getValue().number;
                edge++;
            }
        }
        firstChild[order.size()] = edge;
        for (char c = 0; c < 0x80; c++) {
            rootAscii[c] = search(0, c);
        }
    }

    /** Every whole-word occurrence of a key in {@code text[0, length)}, by start, then by end. */
    void findWholeWords(char[] text, int length, Sink sink) {
        boolean afterWordChar = false;
        for (int start = 0; start < length; start++) {
            char first = text[start];
            boolean wordChar = Chars.isLetterOrDigit(first);
            if (!afterWordChar) {
                int node = first < 0x80 ? rootAscii[first] : search(0, first);
                for (int i = start; node >= 0; ) {
                    if (keyAt[node] >= 0 && (i + 1 == length || !Chars.isLetterOrDigit(text[i + 1]))) {
                        sink.found(start, i + 1, keyAt[node]);
                    }
                    if (++i == length) {
                        break;
                    }
                    node = search(node, text[i]);
                }
            }
            afterWordChar = wordChar;
        }
    }

    /** The child of {@code node} on {@code c}, or -1. */
    private int search(int node, char c) {
        int lo = firstChild[node];
        int hi = firstChild[node + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char label = labels[mid];
            if (label < c) {
                lo = mid + 1;
            } else if (label > c) {
                hi = mid - 1;
            } else {
                return targets[mid];
            }
        }
        return -1;
    }

    /** A node while the trie is built. */
    private static final class Node {
        final TreeMap<Character, Node> children = new TreeMap<>();
        int key = -1;
        int number;
    }
}
