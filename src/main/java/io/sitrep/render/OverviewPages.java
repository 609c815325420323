package io.sitrep.render;

import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.aggregate.Briefing;
import io.sitrep.aggregate.EntityStats;
import io.sitrep.aggregate.FigureSeries;
import io.sitrep.aggregate.Headline;
import io.sitrep.render.view.Pages;
import io.sitrep.render.view.Parts.ArticleRef;
import io.sitrep.render.view.Parts.Day;
import io.sitrep.render.view.Parts.Group;
import io.sitrep.render.view.Parts.HeadlineView;
import io.sitrep.render.view.Parts.Ref;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The briefing overview and the pages that list articles: archive, sources, tags, search, 404. */
final class OverviewPages {

    static final int LATEST = 10;
    static final int ACTORS = 12;
    static final int CHANGES = 10;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final SiteIndex index;

    OverviewPages(SiteIndex index) {
        this.index = index;
    }

    List<PageSpec> pages(ChartSet charts) {
        return pages(charts, Pages.ChangesPage.none());
    }

    List<PageSpec> pages(ChartSet charts, Pages.ChangesPage changes) {
        List<PageSpec> out = new ArrayList<>();
        Briefing b = index.briefing();
        String baseUrl = b.config().baseUrl() == null ? "" : b.config().baseUrl();
        out.add(PageSpec.of("index.ftlh", "index.html", "Overview", b.config().description(), "index",
                overview(charts, changes)));
        out.add(PageSpec.of("changes.ftlh", "changes.html", "What changed", "New, changed and removed articles "
                + "and the figures that moved, build by build", "changes", changes));
        out.add(PageSpec.of("archive.ftlh", "archive.html", "Archive", "Every article by month", "archive",
                archive()));
        out.add(PageSpec.of("reflist.ftlh", "sources/index.html", "Sources", "sources",
                new Pages.RefListPage("Sources", "The outlets the articles come from.", sources())));
        out.add(PageSpec.of("reflist.ftlh", "tags/index.html", "Tags", "tags",
                new Pages.RefListPage("Tags", "Topics the articles are tagged with.", tags())));
        Map<String, List<ArticleRef>> bySource = new HashMap<>();
        Map<String, List<ArticleRef>> byTag = new HashMap<>();
        for (AnalyzedArticle a : b.articles()) { // one pass, newest first, rather than one per source and tag
            ArticleRef ref = index.ref(a);
            bySource.computeIfAbsent(a.article().meta().source(), k -> new ArrayList<>()).add(ref);
            for (String tag : new LinkedHashSet<>(a.article().meta().tags())) {
                byTag.computeIfAbsent(tag, k -> new ArrayList<>()).add(ref);
            }
        }
        for (Map.Entry<String, String> e : index.sourcePaths().entrySet()) {
            out.add(PageSpec.of("articlelist.ftlh", e.getValue(), e.getKey(), "sources",
                    new Pages.ArticleListPage(e.getKey(), "Articles from this source, newest first.",
                            List.copyOf(bySource.getOrDefault(e.getKey(), List.of())))));
        }
        for (Map.Entry<String, String> e : index.tagPaths().entrySet()) {
            out.add(PageSpec.of("articlelist.ftlh", e.getValue(), "Tag: " + e.getKey(), "tags",
                    new Pages.ArticleListPage("Tag: " + e.getKey(), "Articles tagged “" + e.getKey() + "”, newest first.",
                            List.copyOf(byTag.getOrDefault(e.getKey(), List.of())))));
        }
        out.add(PageSpec.of("search.ftlh", "search.html", "Search", "search",
                new Pages.SearchPage(b.articles().size() + b.entities().size())));
        // A host serves 404.html at any depth, where relative links break: use the site's
        // root-relative path when base_url gives it.
        out.add(new PageSpec("404.ftlh", new io.sitrep.render.view.Parts.Frame("404.html", rootPath(baseUrl),
                "Page not found", "", ""), new Pages.NotFoundPage(baseUrl)));
        return out;
    }

    Pages.IndexPage overview(ChartSet charts) {
        return overview(charts, Pages.ChangesPage.none());
    }

    /** The overview; its "what changed" section lists the latest build's changes, up to {@link #CHANGES}. */
    Pages.IndexPage overview(ChartSet charts, Pages.ChangesPage changes) {
        Briefing b = index.briefing();
        // Key figures: series with a headline about a known side; "other" numbers stay on the figures page
        List<HeadlineView> key = b.series().stream().filter(s -> s.headline() != null)
                .filter(s -> s.measure() != io.sitrep.analysis.Measure.OTHER)
                .filter(s -> s.actor() != null && !s.actor().equals("unknown"))
                .map(OverviewPages::headline).toList();
        List<ArticleRef> latest = b.articles().stream().limit(LATEST).map(index::ref).toList();
        List<Ref> actors = b.entities().stream().filter(s -> s.mentions() > 0).limit(ACTORS)
                .map(OverviewPages::entityRef).toList();
        return new Pages.IndexPage(period(b.from(), b.to()), b.articles().size(), index.sourcePaths().size(), key,
                charts.overview(), latest, actors, sources(), tags(), latestChanges(changes));
    }

    private static List<io.sitrep.render.view.Parts.Change> latestChanges(Pages.ChangesPage changes) {
        if (changes.builds().isEmpty()) {
            return List.of();
        }
        Pages.BuildChanges last = changes.builds().get(0);
        List<io.sitrep.render.view.Parts.Change> all = new ArrayList<>();
        all.addAll(last.added());
        all.addAll(last.changed());
        all.addAll(last.removed());
        all.addAll(last.figures());
        if (all.size() > CHANGES) {
            int more = all.size() - CHANGES;
            all = new ArrayList<>(all.subList(0, CHANGES));
            all.add(new io.sitrep.render.view.Parts.Change("… and " + more + " more", "changes.html#" + last.id()));
        }
        return all;
    }

    static HeadlineView headline(FigureSeries s) {
        Headline h = s.headline();
        String range = h.low().compareTo(h.high()) == 0 ? ""
                : compact(h.low()) + "–" + compact(h.high());
        String value = headlineValue(h.claim().figure());
        if (s.measure() == io.sitrep.analysis.Measure.MONEY && h.claim().figure().group() != null) {
            value = h.claim().figure().group() + " " + value;
        }
        return new HeadlineView(s.id(), s.label(), s.measure().id(), value, range, Day.of(h.asOf()), h.sources(),
                h.claim().anchor(), s.conflicting());
    }

    /**
     * The headline as a reader says it: "more than 800,000", "about 3 million", and the words
     * of a vague report ("thousands") rather than its conservative number.
     */
    static String headlineValue(io.sitrep.analysis.Figure f) {
        if (f.value() == null && f.low() == null) {
            return f.surface();
        }
        String number = f.value() != null ? compact(f.value()) : compact(f.low()) + "–" + compact(f.high());
        String words = switch (f.qualifier()) {
            case MORE_THAN -> "more than ";
            case AT_LEAST -> "at least ";
            case ABOUT -> "about ";
            case UP_TO -> "up to ";
            default -> "";
        };
        return words + number;
    }

    /** 3000000000 → "3 billion", 3500000 → "3.5 million"; smaller numbers with separators. */
    static String compact(java.math.BigDecimal n) {
        if (n == null) {
            return "";
        }
        java.math.BigDecimal billion = java.math.BigDecimal.valueOf(1_000_000_000L);
        java.math.BigDecimal million = java.math.BigDecimal.valueOf(1_000_000L);
        if (n.abs().compareTo(billion) >= 0) {
            return SiteIndex.number(n.divide(billion).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()) + " billion";
        }
        if (n.abs().compareTo(million) >= 0) {
            return SiteIndex.number(n.divide(million).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()) + " million";
        }
        return SiteIndex.number(n);
    }

    static Ref entityRef(EntityStats s) {
        return new Ref(s.entity().name(), s.entity().pagePath(), s.mentions());
    }

    private Pages.ArchivePage archive() {
        Map<String, List<ArticleRef>> byMonth = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (AnalyzedArticle a : index.briefing().articles()) { // newest first
            LocalDate d = a.article().meta().date();
            String id = "m" + d.toString().substring(0, 7);
            names.put(id, d.format(MONTH));
            byMonth.computeIfAbsent(id, k -> new ArrayList<>()).add(index.ref(a));
        }
        List<Group<ArticleRef>> months = new ArrayList<>();
        byMonth.forEach((id, list) -> months.add(new Group<>(names.get(id), id, list)));
        return new Pages.ArchivePage(months, index.briefing().articles().size());
    }

    List<Ref> sources() {
        SortedMap<String, Integer> counts = new TreeMap<>();
        index.briefing().articles().forEach(a -> counts.merge(a.article().meta().source(), 1, Integer::sum));
        return counts.entrySet().stream()
                .map(e -> new Ref(e.getKey(), index.sourcePaths().get(e.getKey()), e.getValue())).toList();
    }

    List<Ref> tags() {
        SortedMap<String, Integer> counts = new TreeMap<>();
        index.briefing().articles().forEach(a -> a.article().meta().tags().forEach(t -> counts.merge(t, 1, Integer::sum)));
        return counts.entrySet().stream()
                .map(e -> new Ref(e.getKey(), index.tagPaths().get(e.getKey()), e.getValue())).toList();
    }

    /** "/idlib-2020/" for "https://example.org/idlib-2020", "" when there is no base URL. */
    static String rootPath(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return "";
        }
        try {
            String path = java.net.URI.create(baseUrl.strip()).getRawPath();
            if (path == null || path.isEmpty()) {
                return "/";
            }
            return path.endsWith("/") ? path : path + "/";
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** "1–29 February 2020", "28 January – 3 February 2020", "30 December 2019 – 2 January 2020". */
    static String period(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            return "";
        }
        DateTimeFormatter full = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
        if (from.equals(to)) {
            return from.format(full);
        }
        if (from.getYear() != to.getYear()) {
            return from.format(full) + " – " + to.format(full);
        }
        if (from.getMonth() != to.getMonth()) {
            return from.format(DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH)) + " – " + to.format(full);
        }
        return from.getDayOfMonth() + "–" + to.format(full);
    }
}
