package io.sitrep.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The folded search keys of a dictionary: every entity's name and aliases, and people's
 * surnames (derived, used only after the full name or a title). Each key knows which entities
 * it names and how strictly its case must match.
 */
final class NamePatterns {

    enum Kind { NAME, ALIAS, SURNAME }

    /** How the case of a match must agree with the form in the dictionary. */
    enum CaseRule {
        /** "al-Qaeda": any case. */
        ANY,
        /** "Trump": the first letter must be a capital, so "trump card" is not a mention. */
        INITIAL_UPPER,
        /** "UN", "AA", "US": every letter a capital, so "us" is not the United States. */
        ALL_UPPER;

        static CaseRule of(String form) {
            int letters = 0;
            int upper = 0;
            char first = 0;
            for (int i = 0; i < form.length(); i++) {
                char c = form.charAt(i);
                if (Character.isLetter(c)) {
                    if (letters == 0) {
                        first = c;
                    }
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    }
                }
            }
            if (letters >= 2 && letters == upper && letters <= 3) {
                return ALL_UPPER;
            }
            return first != 0 && Character.isUpperCase(first) ? INITIAL_UPPER : ANY;
        }

        boolean accepts(String text, int start, int end) {
            if (this == ANY) {
                return true;
            }
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (Character.isLetter(c)) {
                    if (!Character.isUpperCase(c) && !Character.isTitleCase(c)) {
                        return false;
                    }
                    if (this == INITIAL_UPPER) {
                        return true;
                    }
                }
            }
            return true;
        }
    }

    /** One way of naming entity number {@code entity} (an index into the dictionary's list). */
    record Pattern(int entity, Kind kind, CaseRule caseRule) {
    }


    private final List<Entity> entities;
    private final List<String> keys = new ArrayList<>();
    private final List<List<Pattern>> byKey = new ArrayList<>();

    NamePatterns(Dictionary dictionary) {
        this.entities = dictionary.entities();
        Map<String, List<Pattern>> map = new LinkedHashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            add(map, e.name(), new Pattern(i, Kind.NAME, CaseRule.of(e.name())));
            for (String alias : e.aliases()) {
                add(map, alias, new Pattern(i, Kind.ALIAS, CaseRule.of(alias)));
            }
        }
        for (Map.Entry<String, Pattern> s : surnames(map).entrySet()) {
            map.computeIfAbsent(s.getKey(), k -> new ArrayList<>()).add(s.getValue());
        }
        map.forEach((key, patterns) -> {
            keys.add(key);
            byKey.add(List.copyOf(patterns));
        });
    }

    List<String> keys() {
        return keys;
    }

    List<List<Pattern>> byKey() {
        return byKey;
    }

    Entity entity(int index) {
        return entities.get(index);
    }

    private static void add(Map<String, List<Pattern>> map, String form, Pattern p) {
        String key = TextFold.key(form);
        if (key.isEmpty()) {
            return;
        }
        List<Pattern> list = map.computeIfAbsent(key, k -> new ArrayList<>());
        if (list.stream().noneMatch(q -> q.entity() == p.entity())) {
            list.add(p);
        }
    }

    /**
     * People's surnames: the last word of the name and of each alias of two words or more
     * ("Bashar al-Assad" → "al-Assad" and "Assad"), unless another key already has that
     * spelling or two people share it.
     */
    private Map<String, Pattern> surnames(Map<String, List<Pattern>> taken) {
        Map<String, Pattern> out = new HashMap<>();
        Map<String, Integer> owners = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            Entity e = entities.get(i);
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            List<String> forms = new ArrayList<>();
            forms.add(e.name());
            forms.addAll(e.aliases());
            for (String form : forms) {
                for (String surname : surnamesOf(form)) {
                    String key = TextFold.key(surname);
                    if (key.length() < 3 || taken.containsKey(key)) {
                        continue;
                    }
                    Integer owner = owners.putIfAbsent(key, i);
                    if (owner == null) {
                        out.put(key, new Pattern(i, Kind.SURNAME, CaseRule.of(surname)));
                    } else if (owner != i) {
                        out.remove(key); // two people share it: only their full names count
                    }
                }
            }
        }
        return new java.util.TreeMap<>(out);
    }

    private static List<String> surnamesOf(String form) {
        String[] words = form.strip().split("\\s+");
        if (words.length < 2) {
            return List.of();
        }
        String last = words[words.length - 1];
        List<String> out = new ArrayList<>();
        out.add(last);
        int dash = last.indexOf('-');
        if (dash > 0 && Cues.NAME_PARTICLES.contains(last.substring(0, dash).toLowerCase(java.util.Locale.ROOT))) {
            out.add(last.substring(dash + 1));
        }
        return out;
    }
}
