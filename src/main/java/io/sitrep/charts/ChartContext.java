package io.sitrep.charts;

import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.aggregate.Briefing;
import io.sitrep.aggregate.Claim;
import io.sitrep.aggregate.FigureSeries;
import io.sitrep.analysis.Entity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What every chart of one briefing shares: the house style, the period, the "as of" date and
 * the outlets, each outlet with a fixed colour and marker so it looks the same in every chart.
 *
 * @param sources   every outlet of the briefing, sorted (case-insensitively); its index is its style
 * @param from      first day covered, or null when the briefing has no dates at all
 * @param to        last day covered, or null likewise
 * @param asOf      date of the newest article within the period (else {@code to})
 * @param articles  article slug → outlet
 * @param names     entity id → display name, from the dictionary and the entity statistics
 * @param outletOf  article slug → index of its outlet in {@code sources}: outlets of a set of
 *                  articles are collected by index, already in order, without comparing names
 *                  (sorting them by a case-insensitive comparator was most of the chart plan's time
 *                  at 10,000 articles)
 */
record ChartContext(HouseStyle style, List<String> sources, LocalDate from, LocalDate to, LocalDate asOf,
                    SortedMap<String, String> articles, SortedMap<String, String> names, Map<String, Integer> outletOf) {

    /**
     * Outlets alphabetically, ignoring case ({@code toLowerCase(Locale.ROOT)}), then by case.
     * Compared a character at a time, lower-casing ASCII letters as it goes; a name with other
     * characters is lower-cased whole, as the order is defined (its length may change). Lower-casing
     * both names at every comparison was 3 % of a rebuild at 10,000 articles.
     */
    static final Comparator<String> SOURCE_ORDER = ChartContext::compareSources;

    static int compareSources(String a, String b) {
        int ignoringCase = compareLowerCase(a, b);
        return ignoringCase != 0 ? ignoringCase : a.compareTo(b);
    }

    private static int compareLowerCase(String a, String b) {
        int common = Math.min(a.length(), b.length());
        for (int i = 0; i < common; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x >= 0x80 || y >= 0x80) {
                return wholeLowerCase(a, b);
            }
            if (x != y) {
                int lx = asciiLower(x);
                int ly = asciiLower(y);
                if (lx != ly) {
                    return lx - ly;
                }
            }
        }
        return ascii(a, common) && ascii(b, common) ? a.length() - b.length() : wholeLowerCase(a, b);
    }

    private static int wholeLowerCase(String a, String b) {
        return a.toLowerCase(java.util.Locale.ROOT).compareTo(b.toLowerCase(java.util.Locale.ROOT));
    }

    private static int asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }

    private static boolean ascii(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    ChartContext {
        sources = List.copyOf(sources);
    }

    static ChartContext of(Briefing briefing, HouseStyle style) {
        // Distinct outlets first, then sorted: a sorted set updated for each of 100,000 claims
        // compared outlet names a million times at 10,000 articles.
        Set<String> distinct = new HashSet<>();
        SortedMap<String, String> articles = new TreeMap<>();
        for (AnalyzedArticle article : briefing.articles()) {
            String source = article.article().meta().source();
            if (source != null) {
                articles.put(article.slug(), source);
                distinct.add(source);
            }
        }
        for (FigureSeries series : briefing.series()) {
            for (Claim claim : series.claims()) {
                if (claim.source() != null) {
                    distinct.add(claim.source());
                }
            }
        }
        if (briefing.coverage() != null) {
            briefing.coverage().perDay().values().forEach(bySource -> bySource.keySet().stream()
                    .filter(Objects::nonNull).forEach(distinct::add));
        }
        TreeSet<String> sources = new TreeSet<>(SOURCE_ORDER);
        sources.addAll(distinct);
        SortedMap<String, String> names = new TreeMap<>();
        if (briefing.dictionary() != null) {
            briefing.dictionary().entities().forEach(entity -> names.put(entity.id(), entity.name()));
        }
        briefing.entities().forEach(stats -> names.put(stats.entity().id(), stats.entity().name()));
        List<LocalDate> articleDates = briefing.articles().stream()
                .map(article -> article.article().meta().date()).filter(Objects::nonNull).sorted().toList();
        LocalDate from = first(briefing.from(), articleDates.isEmpty() ? null : articleDates.get(0),
                coverageDay(briefing, true));
        LocalDate to = first(briefing.to(), articleDates.isEmpty() ? null : articleDates.get(articleDates.size() - 1),
                coverageDay(briefing, false));
        if (from != null && to != null && to.isBefore(from)) {
            LocalDate swap = from;
            from = to;
            to = swap;
        }
        LocalDate finalTo = to;
        LocalDate asOf = articleDates.stream().filter(date -> finalTo == null || !date.isAfter(finalTo))
                .reduce((a, b) -> b).orElse(to);
        List<String> sourceList = List.copyOf(sources);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < sourceList.size(); i++) {
            index.put(sourceList.get(i), i);
        }
        Map<String, Integer> outletOf = new HashMap<>();
        articles.forEach((slug, source) -> outletOf.put(slug, index.get(source)));
        return new ChartContext(style, sourceList, from, to, asOf, articles, names, outletOf);
    }

    private static LocalDate coverageDay(Briefing briefing, boolean first) {
        if (briefing.coverage() == null || briefing.coverage().perDay().isEmpty()) {
            return null;
        }
        return first ? briefing.coverage().perDay().firstKey() : briefing.coverage().perDay().lastKey();
    }

    private static LocalDate first(LocalDate... candidates) {
        return Stream.of(candidates).filter(Objects::nonNull).findFirst().orElse(null);
    }

    boolean hasPeriod() {
        return from != null && to != null;
    }

    /** The fixed style index (colour, marker, dash) of an outlet. */
    int sourceStyle(String source) {
        int index = sources.indexOf(source);
        return index >= 0 ? index : Math.floorMod(source.hashCode(), Palette.categoricalSize());
    }

    /** The outlets of the given articles, sorted. */
    List<String> sourcesOf(Collection<String> articleSlugs) {
        boolean[] found = new boolean[sources.size()];
        int count = 0;
        for (String slug : articleSlugs) {
            Integer outlet = outletOf.get(slug);
            if (outlet != null && !found[outlet]) {
                found[outlet] = true;
                count++;
            }
        }
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < found.length; i++) {
            if (found[i]) {
                out.add(sources.get(i));
            }
        }
        return List.copyOf(out);
    }

    String name(String entityId) {
        return names.getOrDefault(entityId, entityId);
    }

    String name(Entity entity) {
        return entity.name() == null || entity.name().isBlank() ? entity.id() : entity.name();
    }

    int articleCount() {
        return articles.size();
    }

    /** The line drawn under a chart: "Sources: A, B and C · as of 19 Feb 2020". */
    static String note(List<String> sources, LocalDate asOf) {
        String list = sources.isEmpty() ? "" : (sources.size() == 1 ? "Source: " : "Sources: ")
                + Formats.shortList(sources, 4);
        String date = asOf == null ? "" : "as of " + Formats.day(asOf);
        return list.isEmpty() ? date : date.isEmpty() ? list : list + " · " + date;
    }

    /** The end of every caption: " As of 19 Feb 2020. Sources: A and B." */
    static String captionEnd(List<String> sources, LocalDate asOf) {
        StringBuilder end = new StringBuilder();
        if (asOf != null) {
            end.append(" As of ").append(Formats.day(asOf)).append('.');
        }
        if (!sources.isEmpty()) {
            end.append(sources.size() == 1 ? " Source: " : " Sources: ").append(Formats.list(sources)).append('.');
        }
        return end.toString();
    }

    /** Entity id → outlet list for an entity's articles. */
    List<String> sourcesOfEntity(Map<String, Integer> perArticle) {
        return sourcesOf(perArticle.keySet());
    }
}
