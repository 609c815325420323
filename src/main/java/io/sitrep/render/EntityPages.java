package io.sitrep.render;

import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.aggregate.Claim;
import io.sitrep.aggregate.EntityStats;
import io.sitrep.aggregate.FigureSeries;
import io.sitrep.analysis.Entity;
import io.sitrep.analysis.EntityType;
import io.sitrep.analysis.Mention;
import io.sitrep.analysis.Quote;
import io.sitrep.render.view.Pages;
import io.sitrep.render.view.Parts.ArticleRef;
import io.sitrep.render.view.Parts.ClaimView;
import io.sitrep.render.view.Parts.Group;
import io.sitrep.render.view.Parts.QuoteView;
import io.sitrep.render.view.Parts.Ref;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One page per entity of the dictionary ({@code people/}, {@code places/} with countries,
 * {@code organizations/}) and an index page per folder.
 */
final class EntityPages {

    private final SiteIndex index;
    private final Map<String, EntityStats> stats = new HashMap<>();

    EntityPages(SiteIndex index) {
        this.index = index;
        index.briefing().entities().forEach(s -> stats.put(s.entity().id(), s));
    }

    List<PageSpec> pages(ChartSet charts) {
        List<PageSpec> out = new ArrayList<>();
        out.add(folderIndex("people", "People", "The people the articles mention, most mentioned first.",
                List.of(EntityType.PERSON)));
        out.add(folderIndex("places", "Places", "Countries, regions, cities and other places, most mentioned first.",
                List.of(EntityType.COUNTRY, EntityType.PLACE)));
        out.add(folderIndex("organizations", "Organizations",
                "Governments, armed groups, agencies and other organizations, most mentioned first.",
                List.of(EntityType.ORGANIZATION)));
        for (Entity e : index.briefing().dictionary().entities()) {
            out.add(PageSpec.of("entity.ftlh", e.pagePath(), e.name(), typeLabel(e.type()) + " in the briefing",
                    e.type().folder(), page(e, charts.forEntity(e.id()))));
        }
        return out;
    }

    private PageSpec folderIndex(String folder, String heading, String intro, List<EntityType> types) {
        List<Group<Ref>> groups = new ArrayList<>();
        for (EntityType type : types) {
            List<Ref> refs = index.briefing().dictionary().entities().stream()
                    .filter(e -> e.type() == type)
                    .map(e -> new Ref(e.name(), e.pagePath(), mentions(e.id())))
                    .sorted(Comparator.comparingInt((Ref r) -> -r.count()).thenComparing(Ref::name))
                    .toList();
            groups.add(new Group<>(plural(type), type.id(), refs));
        }
        return PageSpec.of("entities.ftlh", folder + "/index.html", heading, folder,
                new Pages.EntityIndexPage(heading, intro, groups));
    }

    private int mentions(String id) {
        EntityStats s = stats.get(id);
        return s == null ? 0 : s.mentions();
    }

    Pages.EntityPage page(Entity e, List<io.sitrep.render.view.Parts.ChartView> charts) {
        EntityStats s = stats.get(e.id());
        List<io.sitrep.render.view.Parts.DayCount> perDay = new ArrayList<>();
        List<ArticleRef> articles = new ArrayList<>();
        List<Integer> articleMentions = new ArrayList<>();
        List<Ref> related = new ArrayList<>();
        if (s != null) {
            for (Map.Entry<LocalDate, Integer> d : s.perDay().entrySet()) {
                perDay.add(new io.sitrep.render.view.Parts.DayCount(
                        io.sitrep.render.view.Parts.Day.of(d.getKey()), d.getValue()));
            }
            for (AnalyzedArticle a : index.briefing().articles()) { // newest first
                Integer n = s.perArticle().get(a.slug());
                if (n != null) {
                    articles.add(index.ref(a));
                    articleMentions.add(n);
                }
            }
            s.coMentions().forEach((id, n) -> {
                Entity other = index.entities().get(id);
                if (other != null) {
                    related.add(new Ref(other.name(), other.pagePath(), n));
                }
            });
            related.sort(Comparator.comparingInt((Ref r) -> -r.count()).thenComparing(Ref::name));
        }
        int max = perDay.stream().mapToInt(io.sitrep.render.view.Parts.DayCount::count).max().orElse(0);
        return new Pages.EntityPage(e.name(), e.type().id(), typeLabel(e.type()), e.aliases(), e.affiliation(),
                s == null ? 0 : s.mentions(), max, perDay, articles, articleMentions, quotes(e), related,
                figures(e), charts);
    }

    private List<QuoteView> quotes(Entity e) {
        List<QuoteView> out = new ArrayList<>();
        for (AnalyzedArticle a : chronological()) {
            for (Quote q : a.analysis().quotes()) {
                if (e.id().equals(q.speaker())) {
                    out.add(ArticlePages.quote(index, a, q));
                }
            }
        }
        return out;
    }

    /**
     * The figures about this entity: those whose actor it is, and those reported in a sentence
     * that mentions it; in date order.
     */
    private List<ClaimView> figures(Entity e) {
        Set<String> sentences = new HashSet<>();
        for (AnalyzedArticle a : index.briefing().articles()) {
            for (Mention m : a.analysis().mentions()) {
                if (m.entity().equals(e.id())) {
                    sentences.add(a.slug() + "#" + m.sentence());
                }
            }
        }
        String name = e.name().toLowerCase(Locale.ROOT);
        Map<String, ClaimView> out = new TreeMap<>();
        for (FigureSeries series : index.briefing().series()) {
            for (Claim c : series.claims()) {
                boolean actor = c.figure().actor() != null && c.figure().actor().toLowerCase(Locale.ROOT).equals(name);
                if (actor || sentences.contains(c.article() + "#" + c.figure().sentence())) {
                    String key = c.figure().date() + "|" + c.source() + "|" + c.article() + "|"
                            + String.format("%09d", c.figure().start());
                    out.put(key, index.claim(c, series.id()));
                }
            }
        }
        return List.copyOf(out.values());
    }

    private List<AnalyzedArticle> chronological() {
        List<AnalyzedArticle> list = new ArrayList<>(index.briefing().articles());
        java.util.Collections.reverse(list);
        return list;
    }

    static String typeLabel(EntityType type) {
        return switch (type) {
            case PERSON -> "Person";
            case PLACE -> "Place";
            case COUNTRY -> "Country";
            case ORGANIZATION -> "Organization";
        };
    }

    static String plural(EntityType type) {
        return switch (type) {
            case PERSON -> "People";
            case PLACE -> "Places";
            case COUNTRY -> "Countries";
            case ORGANIZATION -> "Organizations";
        };
    }
}
