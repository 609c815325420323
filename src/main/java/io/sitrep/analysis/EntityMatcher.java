package io.sitrep.analysis;

import io.sitrep.content.PlainText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds mentions of dictionary entities in an article: every name and alias, folded (case,
 * accents, apostrophes and hyphens do not matter, see {@link TextFold}), as whole words, the
 * longest leftmost match winning ("Idlib city" over "Idlib"), a possessive ’s left out of the
 * mention. A person's surname alone counts once the full name has appeared in the article or
 * right after a title ("Mr Trump"). One trie of the folded names is built per dictionary
 * ({@link NameTrie}), and walked from each word start of an article.
 */
public final class EntityMatcher {

    private final NamePatterns patterns;
    private final NameTrie trie;
    /**
     * Names, aliases and their words as the dictionary writes them, each mapped to itself: a
     * mention written that way shares the dictionary's string instead of holding a copy
     * (680,000 mentions at 10,000 articles, almost all written as in the dictionary).
     */
    private final Map<String, String> writtenForms;

    public EntityMatcher(Dictionary dictionary) {
        this.patterns = new NamePatterns(dictionary);
        this.writtenForms = writtenForms(dictionary);
        this.trie = new NameTrie(patterns.keys());
    }

    public List<Mention> find(PlainText plain, List<Sentence> sentences) {
        return find(plain, plain.text().toCharArray(), sentences);
    }

    /** As {@link #find(PlainText, List)}, with the text's characters already copied. */
    List<Mention> find(PlainText plain, char[] chars, List<Sentence> sentences) {
        if (patterns.keys().isEmpty()) {
            return List.of();
        }
        String text = plain.text();
        TextFold folded = TextFold.of(chars, 0, chars.length);
        List<Candidate> candidates = new ArrayList<>();
        trie.findWholeWords(folded.chars(), folded.length(), (fs, fe, key) -> {
            int start = folded.source(fs);
            int end = folded.sourceEnd(fe);
            if (crossesLine(text, start, end)) {
                return; // never across blocks
            }
            for (NamePatterns.Pattern p : patterns.byKey().get(key)) {
                if (p.caseRule().accepts(text, start, end)) {
                    candidates.add(new Candidate(start, end, p));
                }
            }
        });
        candidates.sort(Comparator.comparingInt(Candidate::start)
                .thenComparing(Comparator.comparingInt(Candidate::length).reversed())
                .thenComparingInt(c -> c.pattern().entity()));
        List<Mention> out = new ArrayList<>();
        Set<Integer> named = new HashSet<>();
        int lastEnd = -1;
        for (Candidate c : candidates) {
            if (c.start() < lastEnd) {
                continue;
            }
            NamePatterns.Pattern p = c.pattern();
            if (p.kind() == NamePatterns.Kind.SURNAME && !named.contains(p.entity()) && !afterTitle(text, c.start())) {
                continue;
            }
            named.add(p.entity());
            lastEnd = c.end();
            int start = c.start() > 0 && text.charAt(c.start() - 1) == '[' && text.substring(c.start(), c.end()).contains("]")
                    ? c.start() - 1 : c.start();
            String surface = text.substring(start, c.end());
            out.add(new Mention(patterns.entity(p.entity()).id(), start, c.end(), writtenForms.getOrDefault(surface, surface),
                    sentenceAt(sentences, start)));
        }
        return out;
    }

    private static Map<String, String> writtenForms(Dictionary dictionary) {
        Map<String, String> forms = new HashMap<>();
        for (Entity e : dictionary.entities()) {
            List<String> names = new ArrayList<>(e.aliases());
            names.add(e.name());
            for (String name : names) {
                forms.putIfAbsent(name, name);
                for (String word : name.split("[\\s\u00A0]+")) {
                    forms.putIfAbsent(word, word);
                    int dash = word.indexOf('-');
                    if (dash > 0) {
                        forms.putIfAbsent(word.substring(dash + 1), word.substring(dash + 1));
                    }
                }
            }
        }
        return Map.copyOf(forms);
    }

    private static boolean crossesLine(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Whether the word before {@code start} is a title: "President Putin", "Mr [Donald] Trump". */
    private static boolean afterTitle(String text, int start) {
        int e = start;
        while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '.' || text.charAt(e - 1) == '['
                || text.charAt(e - 1) == ']')) {
            e--;
        }
        int s = e;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '-')) {
            s--;
        }
        return s < e && Cues.TITLES.contains(text.substring(s, e).toLowerCase(java.util.Locale.ROOT));
    }

    /** Index of the sentence that holds offset {@code offset} (the last one starting at or before it). */
    static int sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return sentences.isEmpty() ? 0 : sentences.get(found).index();
    }

    private record Candidate(int start, int end, NamePatterns.Pattern pattern) {
        int length() {
            return end - start;
        }
    }
}
