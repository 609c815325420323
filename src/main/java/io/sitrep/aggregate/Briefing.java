package io.sitrep.aggregate;

import io.sitrep.analysis.Dictionary;
import io.sitrep.content.BriefingConfig;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything known across the articles: the input of the chart and render stages.
 *
 * @param articles  articles newest first, each with its analysis
 * @param series    figure series, most important first (by measure, then number of claims)
 * @param entities  entity statistics, most mentioned first (then by name)
 * @param from      first day covered (the period setting, else the oldest article)
 * @param to        last day covered (the period setting, else the newest article)
 */
public record Briefing(BriefingConfig config, Dictionary dictionary, List<AnalyzedArticle> articles,
                       List<FigureSeries> series, List<EntityStats> entities, Coverage coverage,
                       LocalDate from, LocalDate to) {

    public Briefing {
        articles = List.copyOf(articles);
        series = List.copyOf(series);
        entities = List.copyOf(entities);
    }
}
