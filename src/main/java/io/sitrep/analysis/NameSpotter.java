package io.sitrep.analysis;

import io.sitrep.content.PlainText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds names that are not in the dictionary, from the cues around them, so that a briefing on
 * a new crisis has people and organizations before anyone edits the dictionary:
 * <ul>
 * <li>a title before the name: "President …", "Foreign Minister …", "Kremlin spokesman …";</li>
 * <li>a speech verb after a name of two words or more: "Geir Pedersen told …", "… said";</li>
 * <li>an apposition with a role: "Devlet Bahceli, the leader of …";</li>
 * <li>an organization noun inside the name: "the Syrian Observatory for Human Rights";</li>
 * <li>a place noun before it: "the town of …", "the Azerbaijani capital …";</li>
 * <li>the surname alone after the full name was found: "Peskov said" after "Dmitry Peskov".</li>
 * </ul>
 * Words inside a known mention are never part of an unconfirmed name.
 */
public final class NameSpotter {

    private static final Set<String> APPOSITION_OPENERS = Set.of("the", "a", "an");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "on");
    private static final Set<String> PLACE_NOUNS = Set.of("town", "city", "village", "province", "region",
            "district", "governorate", "capital", "port", "island", "county", "state");
    private static final Set<String> ORGANIZATION_HEADS = Set.of("ministry", "agency", "army", "forces", "party",
            "council", "observatory", "organization", "organisation", "committee", "front", "movement", "union",
            "office", "commission", "corporation", "institute", "network", "coalition", "brigade", "brigades",
            "battalion", "guard", "guards", "group", "fund", "bank", "programme", "program", "crescent", "cross",
            "court", "assembly", "parliament", "command", "authority", "service", "news", "television", "radio",
            "times", "post", "press", "association", "federation", "foundation", "rights", "watch", "monitor",
            "nations", "alliance", "ministries", "helmets");
    private static final Set<String> NOT_NAMES = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "i", "we", "you", "it", "they", "he", "she", "there",
            "here", "this", "that", "these", "those", "what", "who", "why", "how", "where", "if", "no", "yes");

    public List<UnconfirmedName> find(PlainText plain, List<Sentence> sentences, List<Mention> known) {
        return find(sentences, known, WordTokens.of(plain.text(), sentences));
    }

    /** As {@link #find(PlainText, List, List)}, with the sentences' tokens already built. */
    List<UnconfirmedName> find(List<Sentence> sentences, List<Mention> known, List<WordTokens> tokens) {
        KnownSpans spans = new KnownSpans(known);
        List<UnconfirmedName> out = new ArrayList<>();
        Map<String, String> surnames = new LinkedHashMap<>();
        for (int si = 0; si < sentences.size(); si++) {
            Sentence s = sentences.get(si);
            WordTokens t = tokens.get(si);
            int i = 0;
            while (i < t.size()) {
                int end = runEnd(t, i, spans);
                if (end == i) {
                    i++;
                    continue;
                }
                spot(t, i, end, s.index(), spans, surnames, out);
                i = end;
            }
        }
        return out;
    }

    /** End (exclusive) of the run of name words starting at {@code i}; {@code i} if none starts there. */
    private static int runEnd(WordTokens t, int i, KnownSpans spans) {
        int j = i;
        int lastWord = i;
        while (j < t.size()) {
            if (t.isMark(j, '[') || t.isMark(j, ']') || j > i && Cues.titlePeriod(t, j)) {
                j++;
                continue;
            }
            boolean nameWord = isNameWord(t, j) && !spans.covers(t.start(j), t.end(j));
            boolean connector = j > i && t.startsLower(j) && CONNECTORS.contains(t.lower(j)) && isNameWord(t, j + 1);
            if (!nameWord && !connector) {
                break;
            }
            j++;
            if (nameWord) {
                lastWord = j;
            }
            if (t.possessive(j - 1)) {
                break;
            }
        }
        return lastWord;
    }

    private static boolean isNameWord(WordTokens t, int i) {
        if (!t.isWord(i) || t.startsLower(i) && !t.hyphenated(i)) {
            return false;
        }
        String lower = t.lower(i);
        if (NOT_NAMES.contains(lower)) {
            return false;
        }
        String w = t.word(i);
        int partStart = 0;
        int n = lower.length();
        boolean hyphenated = false;
        for (int k = 0; k <= n; k++) {
            if (k == n || lower.charAt(k) == '-' || lower.charAt(k) == '‑') {
                if (k == partStart) {
                    return false;
                }
                boolean upper = Character.isUpperCase(w.charAt(partStart));
                boolean particle = k < n && Cues.NAME_PARTICLES.contains(lower.substring(partStart, k));
                if (!upper && !particle) {
                    return false;
                }
                hyphenated |= k < n;
                partStart = k + 1;
            }
        }
        return Character.isUpperCase(w.charAt(0)) || hyphenated;
    }

    private void spot(WordTokens t, int from, int to, int sentence, KnownSpans spans, Map<String, String> surnames,
                      List<UnconfirmedName> out) {
        List<Integer> words = new ArrayList<>();
        for (int k = from; k < to; k++) {
            if (t.isWord(k)) {
                words.add(k);
            }
        }
        // Title words inside the run ("Foreign Minister Mevlüt Çavuşoğlu"): the name follows the last one.
        int lastTitle = -1;
        for (int k = 0; k < words.size() - 1; k++) {
            String w = t.lower(words.get(k));
            int dash = w.indexOf('-');
            if (Cues.TITLES.contains(w) || dash > 0 && Cues.TITLES.contains(w.substring(0, dash))) {
                lastTitle = k;
            }
        }
        if (Cues.TITLES.contains(t.lower(words.get(words.size() - 1)))) {
            return; // "Defense Minister" before a known name: a title, not a name
        }
        String cue = null;
        EntityType type = null;
        if (lastTitle >= 0) {
            cue = t.word(words.get(lastTitle));
            type = EntityType.PERSON;
            words = words.subList(lastTitle + 1, words.size());
        } else if (isOrganization(t, words)) {
            words = dropOpener(t, words);
            cue = t.word(words.get(words.size() - 1));
            type = EntityType.ORGANIZATION;
        } else {
            words = dropOpener(t, words);
            if (words.isEmpty()) {
                return;
            }
            int before = words.get(0) - 1;
            while (t.isMark(before, '[') || t.isMark(before, ']')) {
                before--;
            }
            String prev = before >= 0 && t.isWord(before) ? t.lower(before) : "";
            if (Cues.TITLES.contains(prev)) {
                cue = t.word(before);
                type = EntityType.PERSON;
            } else if (PLACE_NOUNS.contains(prev) || (prev.equals("of") && before > 0 && PLACE_NOUNS.contains(t.lower(before - 1)))) {
                cue = prev.equals("of") ? t.word(before - 1) + " of" : t.word(before);
                type = EntityType.PLACE;
            } else if (words.size() >= 2) {
                String after = cueAfter(t, to);
                if (after != null) {
                    cue = after;
                    type = EntityType.PERSON;
                }
            }
        }
        if (type != EntityType.ORGANIZATION) {
            for (int k = 0; k < words.size(); k++) {
                if (CONNECTORS.contains(t.lower(words.get(k))) && !t.capitalized(words.get(k))) {
                    words = words.subList(0, k);
                    break;
                }
            }
        }
        // words may have shrunk: no connector at either end
        while (!words.isEmpty() && CONNECTORS.contains(t.lower(words.get(words.size() - 1)))) {
            words = words.subList(0, words.size() - 1);
        }
        if (words.isEmpty()) {
            return;
        }
        String name = nameOf(t, words);
        if (type == null) {
            String full = words.size() == 1 ? surnames.get(TextFold.key(name)) : null;
            if (full != null) {
                out.add(new UnconfirmedName(full, EntityType.PERSON, "surname", sentence,
                        t.start(words.get(0)), endOf(t, words)));
            }
            return;
        }
        if (type == EntityType.PERSON && words.size() > 4) {
            return;
        }
        if (type == EntityType.PERSON && words.size() == 1 && surnames.containsKey(TextFold.key(name))) {
            name = surnames.get(TextFold.key(name));
        }
        if (type == EntityType.PERSON && words.size() >= 2) {
            surnames.putIfAbsent(TextFold.key(WordTokens.stripPossessive(t.word(words.get(words.size() - 1)))), name);
        }
        out.add(new UnconfirmedName(name, type, cue, sentence, t.start(words.get(0)), endOf(t, words)));
    }

    private static boolean isOrganization(WordTokens t, List<Integer> words) {
        if (words.size() < 2) {
            return false;
        }
        for (int w : words) {
            if (t.capitalized(w) && ORGANIZATION_HEADS.contains(t.lower(w))) {
                return true;
            }
        }
        return false;
    }

    /** Drops a sentence-opening word that is capitalized only because it opens the sentence. */
    private static List<Integer> dropOpener(WordTokens t, List<Integer> words) {
        List<Integer> out = words;
        while (!out.isEmpty() && out.get(0) == 0) {
            String w = t.lower(out.get(0));
            if (Cues.OPENERS.contains(w) || Cues.CLAUSE_OPENERS.contains(w) || Cues.DETERMINERS.contains(w)) {
                out = out.subList(1, out.size());
            } else {
                break;
            }
        }
        while (!out.isEmpty() && CONNECTORS.contains(t.lower(out.get(0)))) {
            out = out.subList(1, out.size());
        }
        return out;
    }

    /** A cue right after a name: a speech verb ("said", "told reporters") or a role apposition. */
    private static String cueAfter(WordTokens t, int to) {
        int j = to;
        while (t.isWord(j) && Cues.VERB_FILLERS.contains(t.lower(j))) {
            j++;
        }
        if (t.isWord(j) && Cues.SPEECH_VERBS.contains(t.lower(j))) {
            return t.lower(j).equals("told") && t.is(j + 1, "reporters") ? "told reporters" : t.lower(j);
        }
        if (t.isMark(to, ',') && t.isWord(to + 1) && APPOSITION_OPENERS.contains(t.lower(to + 1))) {
            for (int k = to + 2; k < Math.min(t.size(), to + 8) && t.isWord(k); k++) {
                if (t.isWord(k) && Cues.PERSON_ROLES.contains(Cues.normalizeRole(t.lower(k)))) {
                    return t.lower(k);
                }
            }
        }
        return null;
    }

    private static String nameOf(WordTokens t, List<Integer> words) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < words.size(); k++) {
            String w = t.word(words.get(k));
            if (k == words.size() - 1) {
                w = WordTokens.stripPossessive(w);
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w);
        }
        return b.toString();
    }

    private static int endOf(WordTokens t, List<Integer> words) {
        int last = words.get(words.size() - 1);
        return t.start(last) + WordTokens.stripPossessive(t.word(last)).length();
    }

    /** The known mentions, for "is this word already a mention?". */
    private static final class KnownSpans {
        private final int[] starts;
        private final int[] ends;

        KnownSpans(List<Mention> known) {
            List<Mention> sorted = new ArrayList<>(known);
            sorted.sort(java.util.Comparator.comparingInt(Mention::start));
            starts = sorted.stream().mapToInt(Mention::start).toArray();
            ends = sorted.stream().mapToInt(Mention::end).toArray();
        }

        boolean covers(int start, int end) {
            int lo = 0;
            int hi = starts.length - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (ends[mid] <= start) {
                    lo = mid + 1;
                } else if (starts[mid] >= end) {
                    hi = mid - 1;
                } else {
                    return true;
                }
            }
            return false;
        }
    }
}
