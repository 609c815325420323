package io.sitrep.aggregate;

import io.sitrep.analysis.Dictionary;
import io.sitrep.analysis.Entity;
import io.sitrep.analysis.Mention;
import io.sitrep.analysis.Quote;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** Mentions per article and per day, co-mentions (shared sentences) and quotes per entity. */
final class EntityStatsBuilder {

    List<EntityStats> build(Dictionary dictionary, List<AnalyzedArticle> articles) {
        Map<String, Entity> byId = dictionary.index();
        Map<String, Acc> acc = new TreeMap<>();
        for (AnalyzedArticle a : articles) {
            LocalDate day = a.article().meta().date();
            Map<Integer, TreeSet<String>> bySentence = new HashMap<>();
            for (Mention m : a.analysis().mentions()) {
                if (!byId.containsKey(m.entity())) {
                    continue;
                }
                Acc e = acc.computeIfAbsent(m.entity(), k -> new Acc());
                e.mentions++;
                e.perArticle.merge(a.slug(), 1, Integer::sum);
                e.perDay.merge(day, 1, Integer::sum);
                bySentence.computeIfAbsent(m.sentence(), k -> new TreeSet<>()).add(m.entity());
            }
            for (TreeSet<String> together : bySentence.values()) {
                for (String x : together) {
                    for (String y : together) {
                        if (!x.equals(y)) {
                            acc.get(x).coMentions.merge(y, 1, Integer::sum);
                        }
                    }
                }
            }
            for (Quote q : a.analysis().quotes()) {
                if (q.speaker() != null && byId.containsKey(q.speaker())) {
                    acc.computeIfAbsent(q.speaker(), k -> new Acc()).quotes++;
                }
            }
        }
        List<EntityStats> out = new ArrayList<>();
        acc.forEach((id, e) -> out.add(new EntityStats(byId.get(id), e.mentions, e.perArticle, e.perDay,
                e.coMentions, e.quotes)));
        out.sort(Comparator.comparingInt((EntityStats s) -> -s.mentions())
                .thenComparing(s -> s.entity().name()).thenComparing(s -> s.entity().id()));
        return out;
    }

    private static final class Acc {
        int mentions;
        int quotes;
        final SortedMap<String, Integer> perArticle = new TreeMap<>();
        final SortedMap<LocalDate, Integer> perDay = new TreeMap<>();
        final SortedMap<String, Integer> coMentions = new TreeMap<>();
    }
}
