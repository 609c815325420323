package io.sitrep.aggregate;

import io.sitrep.analysis.Dictionary;
import io.sitrep.analysis.Figure;
import io.sitrep.content.BriefingConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The across-articles stage: figure series, entity statistics, coverage and the period. */
public final class Aggregator {

    public Briefing aggregate(BriefingConfig config, Dictionary dictionary, List<AnalyzedArticle> articles) {
        return aggregate(config, dictionary, articles, EntityMemory.none(), SeriesMemory.none());
    }

    /**
     * As {@link #aggregate(BriefingConfig, Dictionary, List)}, with the entity counts and figure
     * series of the last build of this process.
     */
    public Briefing aggregate(BriefingConfig config, Dictionary dictionary, List<AnalyzedArticle> articles,
                              EntityMemory counts, SeriesMemory kept) {
        List<AnalyzedArticle> ordered = new ArrayList<>(articles);
        ordered.sort(Comparator.comparing((AnalyzedArticle a) -> a.article().meta().date()).reversed()
                .thenComparing(AnalyzedArticle::slug));
        // the two largest parts are independent: the series on another core while the entities are counted here
        java.util.concurrent.CompletableFuture<List<FigureSeries>> series =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> new SeriesBuilder().build(ordered, kept));
        List<EntityStats> entities = new EntityStatsBuilder().build(dictionary, ordered, counts);
        LocalDate from = config.periodFrom() != null ? config.periodFrom()
                : ordered.stream().map(a -> a.article().meta().date()).min(LocalDate::compareTo).orElse(null);
        LocalDate to = config.periodTo() != null ? config.periodTo()
                : ordered.stream().map(a -> a.article().meta().date()).max(LocalDate::compareTo).orElse(null);
        Coverage coverage = coverage(ordered);
        return new Briefing(config, dictionary, ordered, series.join(), entities, coverage, from, to);
    }

    /** Every figure of every article as a claim with its source and the link to its sentence. */
    static List<Claim> claims(List<AnalyzedArticle> articles) {
        List<Claim> out = new ArrayList<>();
        for (AnalyzedArticle a : articles) {
            // Claims of one sentence share its text and link: sentences keep no copy of their text.
            Map<Integer, String[]> bySentence = new HashMap<>();
            for (Figure f : a.analysis().figures()) {
                String[] textAndAnchor = bySentence.computeIfAbsent(f.sentence(), i -> {
                    var s = a.analysis().sentences().get(i);
                    return new String[] {s.text(), a.article().pagePath() + "#" + s.anchorId()};
                });
                out.add(new Claim(a.slug(), a.article().meta().source(), a.article().meta().date(), f, textAndAnchor[0],
                        textAndAnchor[1]));
            }
        }
        return out;
    }

    private static Coverage coverage(List<AnalyzedArticle> articles) {
        SortedMap<LocalDate, SortedMap<String, Integer>> perDay = new TreeMap<>();
        for (AnalyzedArticle a : articles) {
            perDay.computeIfAbsent(a.article().meta().date(), d -> new TreeMap<>())
                    .merge(a.article().meta().source(), 1, Integer::sum);
        }
        return new Coverage(perDay);
    }
}
