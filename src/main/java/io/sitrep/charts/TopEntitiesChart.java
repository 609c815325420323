package io.sitrep.charts;

import io.sitrep.aggregate.Briefing;
import io.sitrep.aggregate.EntityStats;
import io.sitrep.analysis.EntityType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The most-mentioned people and organizations, as ranked horizontal bars toned by type. */
final class TopEntitiesChart {

    static final int MAX_BARS = 10;

    private final ChartContext context;

    TopEntitiesChart(ChartContext context) {
        this.context = context;
    }

    List<ChartSpec> plan(Briefing briefing) {
        List<EntityStats> top = briefing.entities().stream()
                .filter(stats -> stats.entity() != null && stats.mentions() > 0)
                .filter(stats -> stats.entity().type() == EntityType.PERSON
                        || stats.entity().type() == EntityType.ORGANIZATION)
                .sorted(Comparator.comparingInt(EntityStats::mentions).reversed()
                        .thenComparing(stats -> context.name(stats.entity())))
                .limit(MAX_BARS).toList();
        if (top.isEmpty()) {
            return List.of();
        }
        List<String> names = HorizontalBars.unique(top.stream().map(stats -> context.name(stats.entity())).toList());
        boolean people = top.stream().anyMatch(stats -> stats.entity().type() == EntityType.PERSON);
        boolean organizations = top.stream().anyMatch(stats -> stats.entity().type() == EntityType.ORGANIZATION);
        List<EntityType> types = new ArrayList<>();
        if (people) {
            types.add(EntityType.PERSON);
        }
        if (organizations) {
            types.add(EntityType.ORGANIZATION);
        }
        List<List<Integer>> values = types.stream().map(type -> top.stream()
                .map(stats -> stats.entity().type() == type ? stats.mentions() : 0).toList()).toList();
        List<String> seriesNames = types.stream()
                .map(type -> type == EntityType.PERSON ? "Person" : "Organization").toList();
        Set<String> articles = new HashSet<>(); // only for their outlets, which come back sorted
        top.forEach(stats -> articles.addAll(stats.perArticle().keySet()));
        List<String> sources = context.sourcesOf(articles);
        String title = "Most-mentioned people and organizations";
        String note = ChartContext.note(sources, context.asOf());
        HorizontalBars.Model model = new HorizontalBars.Model(title, "", "Mentions (count)", names, seriesNames,
                values, note);
        String caption = "The " + (top.size() == 1 ? "person or organization" : top.size() + " people and organizations")
                + " named most often in the briefing's " + Formats.count(context.articleCount(), "article", "articles")
                + (context.hasPeriod() ? ", " + Formats.period(context.from(), context.to()) : "")
                + "; a mention is each time a name or one of its aliases appears.";
        DataTable.Builder table = DataTable.builder().number("rank", "Rank").text("name", "Name").text("type", "Type")
                .number("mentions", "Mentions").number("articles", "Articles");
        for (int i = 0; i < top.size(); i++) {
            EntityStats stats = top.get(i);
            table.row(i + 1, names.get(i), stats.entity().type().id(), stats.mentions(), stats.perArticle().size());
        }
        return List.of(ChartSpec.of(ChartKind.TOP_ENTITIES, "top-entities", title, caption,
                ranking(names, top.stream().map(EntityStats::mentions).toList(), "was mentioned most often",
                        "were mentioned most often", "time", "times"),
                context.asOf(), sources, table.build(), HorizontalBars.WIDTH, HorizontalBars.height(top.size()),
                note, model, bars -> HorizontalBars.draw(context.style(), bars)));
    }

    /**
     * "A was mentioned most often (12 times), followed by B (9) and C (7)." Ties at the top are
     * named together.
     */
    static String ranking(List<String> names, List<Integer> counts, String verbOne, String verbMany,
                          String unitOne, String unitMany) {
        int best = counts.get(0);
        int leaders = (int) counts.stream().takeWhile(count -> count == best).count();
        StringBuilder text = new StringBuilder(Formats.list(names.subList(0, leaders))).append(' ')
                .append(leaders == 1 ? verbOne : verbMany).append(" (")
                .append(Formats.count(best, unitOne, unitMany)).append(leaders == 1 ? ")" : " each)");
        List<String> followers = new ArrayList<>();
        for (int i = leaders; i < Math.min(names.size(), leaders + 2); i++) {
            followers.add(names.get(i) + " (" + Formats.number(counts.get(i)) + ")");
        }
        if (!followers.isEmpty()) {
            text.append(", followed by ").append(Formats.list(followers));
        }
        return text.append('.').toString();
    }
}
