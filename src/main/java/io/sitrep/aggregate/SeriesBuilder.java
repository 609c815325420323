package io.sitrep.aggregate;

import io.sitrep.analysis.Figure;
import io.sitrep.analysis.Measure;
import io.sitrep.content.Article;
import io.sitrep.content.Slugs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups claims into one series per measure and actor and picks each series' headline after
 * ACLED's practice: within the latest period (the {@link #PERIOD_DAYS} days up to the latest
 * report) take the lowest credible figure, show the range of that period's reports and their
 * sources, and never add cumulative tallies together.
 */
final class SeriesBuilder {

    /** Reports this many days apart or less belong to the same period. */
    static final int PERIOD_DAYS = 7;

    List<FigureSeries> build(List<Claim> claims) {
        return inOrder(groups(claims).values().stream().toList());
    }

    /**
     * The series of the articles' claims, making again only those whose claims changed since the
     * build {@code memory} kept, and keeping this build's there.
     */
    List<FigureSeries> build(List<AnalyzedArticle> articles, SeriesMemory memory) {
        if (memory.keeps() && memory.counted != null) {
            try {
                List<FigureSeries> out = rebuild(articles, memory);
                if (out != null) {
                    return out;
                }
            } catch (RuntimeException | Error e) {
                memory.forget(); // updated in part: the next build makes every series
                throw e;
            }
        }
        if (!memory.keeps()) {
            return build(Aggregator.claims(articles));
        }
        IdentityHashMap<Article, List<Claim>> claimsOf = new IdentityHashMap<>(articles.size() * 2);
        List<Claim> claims = new ArrayList<>();
        for (AnalyzedArticle a : articles) {
            List<Claim> of = Aggregator.claims(List.of(a));
            claimsOf.put(a.article(), of);
            claims.addAll(of);
        }
        Map<GroupKey, List<Claim>> groups = new HashMap<>();
        Map<GroupKey, FigureSeries> series = groups(claims);
        series.forEach((key, s) -> groups.put(key, new ArrayList<>(s.claims())));
        memory.counted = ArticleChanges.instances(articles);
        memory.claimsOf = claimsOf;
        memory.groups = groups;
        memory.series = series;
        return inOrder(series.values().stream().toList());
    }

    /** Every claim grouped into its series, by measure and actor. */
    private static Map<GroupKey, FigureSeries> groups(List<Claim> claims) {
        Map<GroupKey, List<Claim>> byKey = new HashMap<>(); // the series are put in their order at the end
        for (Claim c : claims) {
            byKey.computeIfAbsent(GroupKey.of(c.figure()), k -> new ArrayList<>()).add(c);
        }
        ReportOrder order = new ReportOrder(claims);
        Map<GroupKey, FigureSeries> out = new HashMap<>();
        for (Map.Entry<GroupKey, List<Claim>> group : byKey.entrySet()) {
            List<Claim> sorted = order.sorted(group.getValue());
            out.put(group.getKey(), series(group.getKey().measure(), group.getKey().actor(), sorted));
        }
        return out;
    }

    /**
     * The kept series, with the claims of articles gone or changed taken out of theirs and those
     * of articles new or changed put in place; only the series they are in are made again. Null
     * when more than a quarter of the articles changed (then all are made again).
     */
    private static List<FigureSeries> rebuild(List<AnalyzedArticle> articles, SeriesMemory memory) {
        ArticleChanges changes = ArticleChanges.between(memory.counted, articles);
        if (changes.many(articles.size())) {
            return null;
        }
        Set<GroupKey> touched = new HashSet<>();
        for (AnalyzedArticle gone : changes.gone()) {
            for (Claim c : memory.claimsOf.remove(gone.article())) {
                GroupKey key = GroupKey.of(c.figure());
                List<Claim> group = memory.groups.get(key);
                for (int i = group.size() - 1; i >= 0; i--) {
                    if (group.get(i) == c) {
                        group.remove(i);
                        break;
                    }
                }
                touched.add(key);
            }
        }
        for (AnalyzedArticle a : changes.fresh()) {
            List<Claim> of = Aggregator.claims(List.of(a));
            memory.claimsOf.put(a.article(), of);
            for (Claim c : of) { // in the article's order: after any equal claim, as a stable sort puts it
                GroupKey key = GroupKey.of(c.figure());
                List<Claim> group = memory.groups.computeIfAbsent(key, k -> new ArrayList<>());
                group.add(upperBound(group, c), c);
                touched.add(key);
            }
        }
        memory.counted = changes.now();
        for (GroupKey key : touched) {
            List<Claim> group = memory.groups.get(key);
            if (group.isEmpty()) {
                memory.groups.remove(key);
                memory.series.remove(key);
            } else {
                memory.series.put(key, series(key.measure(), key.actor(), group));
            }
        }
        return inOrder(memory.series.values().stream().toList());
    }

    /** Report order, as {@link ReportOrder} sorts: date reported, outlet, article, place in it. */
    private static final Comparator<Claim> REPORT_ORDER = Comparator
            .comparingLong((Claim c) -> c.figure().date() == null ? Integer.MIN_VALUE : c.figure().date().toEpochDay())
            .thenComparing(Claim::source).thenComparing(Claim::article).thenComparingInt(c -> c.figure().start());

    /** The first place in {@code sorted} whose claim comes after {@code c}. */
    private static int upperBound(List<Claim> sorted, Claim c) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (REPORT_ORDER.compare(sorted.get(mid), c) <= 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** By measure, the largest series first, then by actor. */
    private static List<FigureSeries> inOrder(List<FigureSeries> series) {
        List<FigureSeries> out = new ArrayList<>(series);
        out.sort(Comparator.comparing(FigureSeries::measure)
                .thenComparing(s -> -s.claims().size())
                .thenComparing(FigureSeries::actor));
        return out;
    }

    /** A series' measure and actor ("unknown" when the figure names none). */
    record GroupKey(Measure measure, String actor) {
        static GroupKey of(Figure f) {
            return new GroupKey(f.measure(), Objects.requireNonNullElse(f.actor(), "unknown"));
        }
    }

    /**
     * The order of a series' claims: by the date each reports, then outlet, article and place in
     * the article. Outlets and articles are ranked once, and each claim's place in that order is
     * two numbers: comparing dates, outlet names and article slugs (long shared beginnings in a
     * generated corpus) through a chain of comparators took most of the aggregate stage's series
     * at 10,000 articles (65,000 claims).
     */
    private static final class ReportOrder {
        private final Map<String, Integer> sourceRank;
        private final Map<String, Integer> articleRank;

        ReportOrder(List<Claim> claims) {
            sourceRank = ranks(claims.stream().map(Claim::source).distinct().sorted().toList());
            articleRank = ranks(claims.stream().map(Claim::article).distinct().sorted().toList());
        }

        private static Map<String, Integer> ranks(List<String> sorted) {
            Map<String, Integer> rank = new HashMap<>(sorted.size() * 2);
            for (int i = 0; i < sorted.size(); i++) {
                rank.put(sorted.get(i), i);
            }
            return rank;
        }

        /** The claims in report order; claims equal in all four keep their order (a stable sort). */
        List<Claim> sorted(List<Claim> claims) {
            Ranked[] ranked = new Ranked[claims.size()];
            for (int i = 0; i < ranked.length; i++) {
                Claim c = claims.get(i);
                LocalDate date = c.figure().date();
                long day = date == null ? Integer.MIN_VALUE : date.toEpochDay();
                ranked[i] = new Ranked(day << 32 | sourceRank.get(c.source()),
                        (long) articleRank.get(c.article()) << 32 | (c.figure().start() & 0xFFFF_FFFFL), c);
            }
            Arrays.sort(ranked, Ranked.ORDER);
            List<Claim> out = new ArrayList<>(ranked.length);
            for (Ranked r : ranked) {
                out.add(r.claim());
            }
            return out;
        }

        /** A claim and its place: date and outlet in the first number, article and offset in the second. */
        private record Ranked(long dateAndSource, long articleAndStart, Claim claim) {
            static final Comparator<Ranked> ORDER = (a, b) -> a.dateAndSource != b.dateAndSource
                    ? Long.compare(a.dateAndSource, b.dateAndSource)
                    : Long.compare(a.articleAndStart, b.articleAndStart);
        }
    }

    private static FigureSeries series(Measure measure, String actor, List<Claim> claims) {
        String id = measure.id() + "-" + Slugs.derive(actor);
        SortedMap<String, BigDecimal> bySource = new TreeMap<>();
        for (Claim c : claims) {
            BigDecimal v = credible(c.figure());
            if (v != null) {
                bySource.put(c.source(), v); // claims are in date order: the last one wins
            }
        }
        Headline headline = headline(claims);
        boolean conflicting = headline != null && headline.low().compareTo(headline.high()) != 0
                && headline.sources().size() > 1;
        return new FigureSeries(id, measure, actor, label(measure, actor), claims, headline, bySource, conflicting);
    }

    private static Headline headline(List<Claim> claims) {
        List<Claim> numeric = claims.stream().filter(c -> credible(c.figure()) != null).toList();
        if (numeric.isEmpty()) {
            return null;
        }
        LocalDate latest = numeric.get(numeric.size() - 1).figure().date();
        LocalDate periodStart = latest.minusDays(PERIOD_DAYS - 1L);
        List<Claim> period = numeric.stream().filter(c -> !c.figure().date().isBefore(periodStart)).toList();
        Claim lowest = period.stream().min(Comparator.comparing((Claim c) -> credible(c.figure()))
                .thenComparing(Claim::source)).orElseThrow();
        BigDecimal low = period.stream().map(c -> credible(c.figure())).min(BigDecimal::compareTo).orElseThrow();
        BigDecimal high = period.stream().map(c -> highest(c.figure())).max(BigDecimal::compareTo).orElseThrow();
        TreeSet<String> sources = new TreeSet<>();
        period.forEach(c -> sources.add(c.source()));
        return new Headline(credible(lowest.figure()), low, high, latest, List.copyOf(sources), lowest);
    }

    /** The lowest value a claim supports: the number, a range's low end, or a vague amount's conservative value. */
    static BigDecimal credible(Figure f) {
        if (f.value() != null) {
            return f.value();
        }
        if (f.low() != null) {
            return f.low();
        }
        return f.conservative();
    }

    private static BigDecimal highest(Figure f) {
        return f.high() != null ? f.high() : credible(f);
    }

    static String label(Measure measure, String actor) {
        String what = switch (measure) {
            case KILLED -> "killed";
            case WOUNDED -> "wounded";
            case CASUALTIES -> "killed or wounded";
            case DISPLACED -> "displaced";
            case REFUGEES -> "refugees";
            case TROOPS -> "troops";
            case POSTS -> "observation posts";
            case STRIKES -> "strikes";
            case MONEY -> "money";
            case POPULATION -> "population";
            case OTHER -> "other figures";
        };
        String side = actor.isEmpty() ? actor : Character.toUpperCase(actor.charAt(0)) + actor.substring(1);
        return side + ": " + what; // "Civilians: killed", a label that opens a line
    }
}
