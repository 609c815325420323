package io.sitrep.analysis;

import io.sitrep.analysis.FigureRules.ActorRule;
import io.sitrep.analysis.FigureRules.CurrencyRule;
import io.sitrep.analysis.FigureRules.GroupRule;
import io.sitrep.analysis.FigureRules.MeasureRule;
import io.sitrep.analysis.FigureRules.QualifierRule;
import io.sitrep.analysis.FigureRules.VagueRule;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The figure rules and the names dictionary compiled into phrase tables, once per build:
 * what the extractor looks words up in.
 */
final class FigureLexicon {

    /**
     * What a counted noun is.
     *
     * @param measure    the measure the noun names ("posts", "casualties"), or null
     * @param group      whether the noun names people ("civilians", "soldiers")
     * @param fixedActor the actor of such people whatever words stand before them, or null
     * @param ignored    the noun is counted but never a figure ("countries", "meetings")
     */
    record Head(Measure measure, boolean group, String fixedActor, boolean ignored) {
    }

    final PhraseTable<Measure> events;
    final PhraseTable<Head> heads;
    final PhraseTable<Qualifier> qualifiersBefore;
    final PhraseTable<Qualifier> qualifiersAfter;
    final PhraseTable<VagueRule> vague;
    final PhraseTable<String> currenciesBefore;
    final PhraseTable<String> currenciesAfter;
    final PhraseTable<String> actors;
    final PhraseTable<Boolean> units;
    final PhraseTable<Boolean> labels;
    final Set<String> linksBefore;
    final Set<String> linksAfter;
    private final Map<Measure, Integer> rank = new EnumMap<>(Measure.class);
    private final Map<Measure, MeasureRule> byMeasure = new EnumMap<>(Measure.class);
    private final Map<String, String> entityActors = new HashMap<>();

    FigureLexicon(FigureRules rules, Dictionary dictionary) {
        PhraseTable.Builder<Measure> ev = PhraseTable.builder();
        for (MeasureRule m : rules.measures()) {
            rank.put(m.measure(), rank.size());
            byMeasure.put(m.measure(), m);
            ev.addAll(m.words(), m.measure());
        }
        events = ev.build();
        heads = buildHeads(rules);
        qualifiersBefore = table(rules.qualifiers(), QualifierRule::before, QualifierRule::qualifier);
        qualifiersAfter = table(rules.qualifiers(), QualifierRule::after, QualifierRule::qualifier);
        PhraseTable.Builder<VagueRule> vb = PhraseTable.builder();
        rules.vague().forEach(v -> vb.addAll(v.words(), v));
        vague = vb.build();
        currenciesBefore = table(rules.currencies(), CurrencyRule::before, CurrencyRule::code);
        currenciesAfter = table(rules.currencies(), CurrencyRule::after, CurrencyRule::code);
        units = PhraseTable.<Boolean>builder().addAll(rules.ignore().units(), true).build();
        labels = PhraseTable.<Boolean>builder().addAll(rules.ignore().labels(), true).build();
        linksBefore = normalized(rules.links().before());
        linksAfter = normalized(rules.links().after());
        actors = buildActors(rules.actors(), dictionary);
    }

    private static Set<String> normalized(List<String> words) {
        return words.stream().map(Tokens::normalize).collect(Collectors.toUnmodifiableSet());
    }

    private static <R, V> PhraseTable<V> table(List<R> rules, Function<R, List<String>> words, Function<R, V> value) {
        PhraseTable.Builder<V> b = PhraseTable.builder();
        for (R r : rules) {
            b.addAll(words.apply(r), value.apply(r));
        }
        return b.build();
    }

    private static PhraseTable<Head> buildHeads(FigureRules rules) {
        Map<String, Head> merged = new LinkedHashMap<>();
        for (MeasureRule m : rules.measures()) {
            for (String noun : m.nouns()) {
                merged.merge(key(noun), new Head(m.measure(), false, null, false), FigureLexicon::combine);
            }
        }
        for (GroupRule g : rules.groups()) {
            for (String noun : g.nouns()) {
                merged.merge(key(noun), new Head(null, true, g.actor(), false), FigureLexicon::combine);
            }
        }
        for (String noun : rules.ignore().nouns()) {
            merged.merge(key(noun), new Head(null, false, null, true), FigureLexicon::combine);
        }
        PhraseTable.Builder<Head> b = PhraseTable.builder();
        merged.forEach((k, h) -> b.add(k, h));
        return b.build();
    }

    /** The same phrase as the table will see it: acronyms kept, other words lower-cased. */
    private static String key(String phrase) {
        Tokens t = Tokens.of(phrase.strip());
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < t.size(); i++) {
            s.append(i == 0 ? "" : " ").append(PhraseTable.allCaps(t.raw(i)) ? t.raw(i) : t.norm(i));
        }
        return s.toString();
    }

    private static Head combine(Head a, Head b) {
        Measure measure = a.measure() != null ? a.measure() : b.measure();
        boolean group = a.group() || b.group();
        return new Head(measure, group, a.fixedActor() != null ? a.fixedActor() : b.fixedActor(),
                (a.ignored() || b.ignored()) && measure == null && !group);
    }

    /**
     * Actor words: the dictionary's names, aliases and stand-ins (a country stands for itself,
     * a person or organization for its affiliation), then the rules' words.
     */
    private PhraseTable<String> buildActors(List<ActorRule> rules, Dictionary dictionary) {
        PhraseTable.Builder<String> b = PhraseTable.builder();
        for (Entity e : dictionary.entities()) {
            String actor = actorOf(e);
            if (actor == null) {
                continue;
            }
            entityActors.put(e.id(), actor);
            addActorWords(b, List.of(e.name()), actor);
            addActorWords(b, e.aliases(), actor);
            addActorWords(b, e.standsFor(), actor);
        }
        for (ActorRule r : rules) {
            addActorWords(b, r.words(), r.actor());
        }
        return b.build();
    }

    /** Adds the words, and "the regime" also as "regime" so that it matches in "40 of the regime soldiers". */
    private static void addActorWords(PhraseTable.Builder<String> b, List<String> words, String actor) {
        for (String w : words) {
            b.add(w, actor);
            String s = w.strip();
            if (s.regionMatches(true, 0, "the ", 0, 4) && s.length() > 4) {
                b.add(s.substring(4), actor);
            }
        }
    }

    private static String actorOf(Entity e) {
        if (e.type() == EntityType.COUNTRY) {
            return e.name();
        }
        return e.affiliation() == null || e.affiliation().isBlank() ? null : e.affiliation();
    }

    /** The actor an entity stands for, or null. */
    String entityActor(String entityId) {
        return entityActors.get(entityId);
    }

    /** Priority of a measure: lower wins; measures the rules do not list come last. */
    int rank(Measure m) {
        return rank.getOrDefault(m, Integer.MAX_VALUE);
    }

    MeasureRule rule(Measure m) {
        return byMeasure.get(m);
    }
}
