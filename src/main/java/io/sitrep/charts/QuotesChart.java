package io.sitrep.charts;

import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.aggregate.Briefing;
import io.sitrep.analysis.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;

/**
 * Quotes per speaker, ranked, split into quotations and quoted phrases (fragments woven into
 * the reporter's sentence). Speakers outside the dictionary are counted under their name as
 * written; quotes without any speaker are left out and counted in the caption.
 */
final class QuotesChart {

    static final int MAX_BARS = 10;

    /** Counts of one speaker; {@code key} is the entity id, or "name:" plus the name as written. */
    private record Speaker(String key, String name, int full, int fragments, Set<String> articles) {
        int total() {
            return full + fragments;
        }
    }

    /** A speaker's counts while the quotes are counted; the name is the one of its first quote. */
    private static final class Tally {
        final String name;
        final Set<String> articles = new HashSet<>();
        int full;
        int fragments;

        Tally(String name) {
            this.name = name;
        }
    }

    private final ChartContext context;

    QuotesChart(ChartContext context) {
        this.context = context;
    }

    List<ChartSpec> plan(Briefing briefing) {
        // Counted in place, one tally per speaker (a new record, default and set per quote were 2 %
        // of a rebuild at 10,000 articles); their order comes from the sort below, not the map.
        Map<String, Tally> tallies = new HashMap<>();
        int anonymous = 0;
        for (AnalyzedArticle article : briefing.articles()) {
            if (article.analysis() == null) {
                continue;
            }
            for (Quote quote : article.analysis().quotes()) {
                String key = key(quote);
                if (key == null) {
                    anonymous++;
                    continue;
                }
                Tally tally = tallies.computeIfAbsent(key, k -> new Tally(name(quote)));
                if (quote.fragment()) {
                    tally.fragments++;
                } else {
                    tally.full++;
                }
                tally.articles.add(article.slug());
            }
        }
        List<Speaker> speakers = new ArrayList<>();
        tallies.forEach((key, t) -> speakers.add(new Speaker(key, t.name, t.full, t.fragments, t.articles)));
        if (speakers.isEmpty()) {
            return List.of();
        }
        List<Speaker> top = speakers.stream()
                .sorted(Comparator.comparingInt(Speaker::total).reversed().thenComparing(Speaker::name)
                        .thenComparing(Speaker::key))
                .limit(MAX_BARS).toList();
        List<String> names = HorizontalBars.unique(top.stream().map(Speaker::name).toList());
        boolean anyFragments = top.stream().anyMatch(speaker -> speaker.fragments() > 0);
        List<String> series = anyFragments ? List.of("Quotation", "Quoted phrase") : List.of("Quotation");
        List<List<Integer>> values = new ArrayList<>();
        values.add(top.stream().map(Speaker::full).toList());
        if (anyFragments) {
            values.add(top.stream().map(Speaker::fragments).toList());
        }
        Set<String> articles = new HashSet<>(); // only their outlets are used, which come back sorted
        top.forEach(speaker -> articles.addAll(speaker.articles()));
        List<String> sources = context.sourcesOf(articles);
        String title = "Quotes per speaker";
        String note = ChartContext.note(sources, context.asOf());
        HorizontalBars.Model model = new HorizontalBars.Model(title, "", "Quotes (count)", names, series, values, note);
        String caption = "Quotations attributed to each speaker across the briefing's articles"
                + (anyFragments ? ", split into full quotations and short quoted phrases" : "")
                + (speakers.size() > top.size() ? "; the " + top.size() + " most quoted of " + speakers.size()
                + " speakers" : "")
                + (anonymous > 0 ? "; " + Formats.count(anonymous, "quote", "quotes") + " without a known speaker "
                + (anonymous == 1 ? "is" : "are") + " not shown" : "") + ".";
        DataTable.Builder table = DataTable.builder().text("speaker", "Speaker").number("quotes", "Quotes")
                .number("quotations", "Quotations").number("phrases", "Quoted phrases")
                .number("articles", "Articles");
        for (int i = 0; i < top.size(); i++) {
            Speaker speaker = top.get(i);
            table.row(names.get(i), speaker.total(), speaker.full(), speaker.fragments(), speaker.articles().size());
        }
        String alt = TopEntitiesChart.ranking(names, top.stream().map(Speaker::total).toList(),
                "was quoted most often", "were quoted most often", "quote", "quotes");
        return List.of(ChartSpec.of(ChartKind.QUOTES, "quotes-per-speaker", title, caption, alt, context.asOf(),
                sources, table.build(), HorizontalBars.WIDTH, HorizontalBars.height(top.size()), note, model,
                bars -> HorizontalBars.draw(context.style(), bars)));
    }

    private static String key(Quote quote) {
        if (quote.speaker() != null && !quote.speaker().isBlank()) {
            return quote.speaker();
        }
        if (quote.speakerName() != null && !quote.speakerName().isBlank()) {
            return "name:" + quote.speakerName().strip();
        }
        return null;
    }

    private String name(Quote quote) {
        if (quote.speaker() != null && !quote.speaker().isBlank()) {
            String known = context.names().get(quote.speaker());
            if (known != null) {
                return known;
            }
        }
        return quote.speakerName() != null && !quote.speakerName().isBlank() ? quote.speakerName().strip()
                : quote.speaker();
    }
}
