package io.sitrep.render;

import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.aggregate.Claim;
import io.sitrep.aggregate.FigureSeries;
import io.sitrep.analysis.DateMention;
import io.sitrep.analysis.Precision;
import io.sitrep.analysis.Quote;
import io.sitrep.analysis.UnconfirmedName;
import io.sitrep.content.Slugs;
import io.sitrep.render.view.Pages;
import io.sitrep.render.view.Parts.ClaimView;
import io.sitrep.render.view.Parts.DateView;
import io.sitrep.render.view.Parts.Group;
import io.sitrep.render.view.Parts.QuoteView;
import io.sitrep.render.view.Parts.Ref;
import io.sitrep.render.view.Parts.SourceValue;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** The pages across articles: figures, timeline, quotes and names to confirm. */
final class AnalysisPages {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private final SiteIndex index;

    AnalysisPages(SiteIndex index) {
        this.index = index;
    }

    List<PageSpec> pages(ChartSet charts) {
        return List.of(
                PageSpec.of("figures.ftlh", "figures.html", "Figures",
                        "Every number the articles report, by series, with its source", "figures", figures(charts)),
                PageSpec.of("timeline.ftlh", "timeline.html", "Timeline",
                        "Dated events in order, each linked to its sentence", "timeline", timeline()),
                PageSpec.of("quotes.ftlh", "quotes.html", "Quotes", "Who said what, by speaker", "quotes", quotes()),
                PageSpec.of("names.ftlh", "names.html", "Names to confirm",
                        "Names found in the articles that are not in the dictionary", "names", names()));
    }

    Pages.FiguresPage figures(ChartSet charts) {
        List<Pages.SeriesView> out = new ArrayList<>();
        int count = 0;
        for (FigureSeries s : index.briefing().series()) {
            List<ClaimView> claims = new ArrayList<>();
            for (Claim c : Caps.last(s.claims(), Caps.CLAIMS)) { // claims are in date order
                claims.add(index.claim(c, s.id()));
            }
            count += s.claims().size();
            List<SourceValue> bySource = s.bySource().entrySet().stream()
                    .map(e -> new SourceValue(e.getKey(), SiteIndex.number(e.getValue()))).toList();
            out.add(new Pages.SeriesView(s.id(), s.label(), s.measure().id(), s.actor(),
                    s.headline() == null ? null : OverviewPages.headline(s), claims, bySource, s.conflicting(),
                    charts.forSeries(s.id()), s.claims().size()));
        }
        return new Pages.FiguresPage(out, charts.overview(), count);
    }

    Pages.TimelinePage timeline() {
        /*
         * @param oldest the article's place among articles oldest first (then by slug)
         * @param newest its place newest first (then by slug): the briefing's order
         * Sorting by these ranks rather than by dates and slugs keeps string comparisons out of
         * a sort of every date of every article.
         */
        record Dated(AnalyzedArticle article, DateMention date, int oldest, int newest) {
        }
        List<AnalyzedArticle> articles = index.briefing().articles();
        List<Integer> byAge = new ArrayList<>(java.util.stream.IntStream.range(0, articles.size()).boxed().toList());
        byAge.sort(Comparator.comparing((Integer i) -> articles.get(i).article().meta().date())
                .thenComparing(i -> articles.get(i).slug()));
        int[] oldest = new int[articles.size()];
        for (int rank = 0; rank < byAge.size(); rank++) {
            oldest[byAge.get(rank)] = rank;
        }
        List<Dated> all = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            AnalyzedArticle a = articles.get(i);
            for (DateMention d : a.analysis().dates()) {
                all.add(new Dated(a, d, oldest[i], i));
            }
        }
        // one comparison rather than a chain of four (a sort of every date of every article)
        all.sort((x, y) -> {
            int c = x.date().date().compareTo(y.date().date());
            if (c == 0) {
                c = Integer.compare(y.date().precision().ordinal(), x.date().precision().ordinal()); // a year before its days
            }
            if (c == 0) {
                c = Integer.compare(x.oldest(), y.oldest());
            }
            return c != 0 ? c : Integer.compare(x.date().start(), y.date().start());
        });
        Map<String, List<Dated>> groups = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        List<Dated> group = null;
        Dated previous = null;
        for (Dated d : all) {
            if (previous == null || !sameGroup(previous.date(), d.date())) { // dates in a row mostly share their group
                boolean year = d.date().precision() == Precision.YEAR;
                String id = "t" + (year ? d.date().value() : d.date().date().toString().substring(0, 7));
                names.putIfAbsent(id, year ? d.date().value() : d.date().date().format(MONTH));
                group = groups.computeIfAbsent(id, k -> new ArrayList<>());
            }
            group.add(d);
            previous = d;
        }
        List<Group<DateView>> months = new ArrayList<>();
        groups.forEach((id, items) -> {
            List<Dated> shown = items;
            if (items.size() > Caps.EVENTS_PER_GROUP) { // those the latest articles report, still in date order
                long[] keys = new long[items.size()]; // by article, newest first, then by place in it
                for (int i = 0; i < keys.length; i++) {
                    keys[i] = (long) items.get(i).newest() << 32 | items.get(i).date().start() & 0xFFFFFFFFL;
                }
                boolean[] latest = Caps.smallest(keys, Caps.EVENTS_PER_GROUP);
                shown = new ArrayList<>(Caps.EVENTS_PER_GROUP);
                for (int i = 0; i < latest.length; i++) {
                    if (latest[i]) {
                        shown.add(items.get(i));
                    }
                }
            }
            months.add(new Group<>(names.get(id), id,
                    shown.stream().map(d -> ArticlePages.date(d.article(), d.date())).toList(), items.size()));
        });
        return new Pages.TimelinePage(months, all.size());
    }

    /** Whether two dates fall in one timeline group: both years and the same one, or both finer and in one month. */
    private static boolean sameGroup(DateMention a, DateMention b) {
        boolean year = a.precision() == Precision.YEAR;
        return year == (b.precision() == Precision.YEAR) && a.date().getYear() == b.date().getYear()
                && (year || a.date().getMonthValue() == b.date().getMonthValue());
    }

    Pages.QuotesPage quotes() {
        /* A quote and its article; its view is made only if the page shows it (the last few of each speaker). */
        record Spoken(AnalyzedArticle article, Quote quote) {
        }
        Map<String, List<Spoken>> bySpeaker = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<AnalyzedArticle> oldestFirst = new ArrayList<>(index.briefing().articles());
        java.util.Collections.reverse(oldestFirst);
        int count = 0;
        for (AnalyzedArticle a : oldestFirst) {
            for (Quote q : a.analysis().quotes()) {
                bySpeaker.computeIfAbsent(ArticlePages.speakerName(index, q), k -> new ArrayList<>()).add(new Spoken(a, q));
                count++;
            }
        }
        List<Group<QuoteView>> groups = new ArrayList<>();
        bySpeaker.forEach((speaker, list) -> groups.add(new Group<>(speaker, "q-" + Slugs.derive(speaker),
                Caps.last(list, Caps.QUOTES).stream().map(s -> ArticlePages.quote(index, s.article(), s.quote())).toList(),
                list.size())));
        return new Pages.QuotesPage(groups, count);
    }

    Pages.NamesPage names() {
        record Key(String name, String type) {
        }
        Map<Key, List<Ref>> sentences = new TreeMap<>(Comparator.comparing(Key::name).thenComparing(Key::type));
        Map<Key, TreeSet<String>> cues = new TreeMap<>(Comparator.comparing(Key::name).thenComparing(Key::type));
        for (AnalyzedArticle a : index.briefing().articles()) {
            for (UnconfirmedName n : a.analysis().unconfirmed()) {
                Key k = new Key(n.name(), n.type() == null ? "person" : n.type().id());
                sentences.computeIfAbsent(k, x -> new ArrayList<>()).add(new Ref(a.article().meta().title(),
                        SiteIndex.anchor(a, n.sentence()), 0));
                if (n.cue() != null && !n.cue().isBlank()) {
                    cues.computeIfAbsent(k, x -> new TreeSet<>()).add(n.cue());
                }
            }
        }
        List<Pages.NameView> names = new ArrayList<>();
        sentences.forEach((k, refs) -> names.add(new Pages.NameView(k.name(), k.type(),
                List.copyOf(cues.getOrDefault(k, new TreeSet<>())), refs.size(), refs)));
        names.sort(Comparator.comparingInt((Pages.NameView n) -> -n.count()).thenComparing(Pages.NameView::name));
        return new Pages.NamesPage(names, yaml(names));
    }

    /** The names as {@code entities.yaml} entries, to paste into the dictionary after checking them. */
    /**
     * The names in {@code entities.yaml}'s own layout (one list per type, an entry per name), so
     * the snippet can be pasted into the dictionary as it is.
     */
    static String yaml(List<Pages.NameView> names) {
        java.util.Map<String, StringBuilder> lists = new java.util.LinkedHashMap<>();
        for (String list : List.of("people", "places", "countries", "organizations")) {
            lists.put(list, new StringBuilder());
        }
        for (Pages.NameView n : names) {
            String list = switch (n.type()) {
                case "place" -> "places";
                case "country" -> "countries";
                case "organization" -> "organizations";
                default -> "people";
            };
            lists.get(list).append("  - name: ").append(quoted(n.name())).append('\n')
                    .append("    aliases: []\n");
        }
        StringBuilder b = new StringBuilder();
        lists.forEach((list, entries) -> {
            if (!entries.isEmpty()) {
                b.append(list).append(":\n").append(entries);
            }
        });
        return b.toString();
    }

    private static String quoted(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
