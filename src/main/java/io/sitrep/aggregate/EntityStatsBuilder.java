package io.sitrep.aggregate;

import io.sitrep.analysis.Dictionary;
import io.sitrep.analysis.Entity;
import io.sitrep.analysis.Mention;
import io.sitrep.analysis.Quote;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Mentions per article and per day, co-mentions (shared sentences) and quotes per entity.
 *
 * <p>Counts go into hash maps, one update per entity and article, and become sorted maps once
 * at the end: a sorted map updated for each of 680,000 mentions (10,000 articles) cost more
 * than the rest of the aggregate stage.
 */
final class EntityStatsBuilder {

    List<EntityStats> build(Dictionary dictionary, List<AnalyzedArticle> articles) {
        return build(dictionary, articles, EntityMemory.none());
    }

    /**
     * The statistics of every entity, counting only the articles that changed since the build
     * {@code memory} kept (if it kept one of this dictionary), and keeping this build's there.
     */
    List<EntityStats> build(Dictionary dictionary, List<AnalyzedArticle> articles, EntityMemory memory) {
        if (memory.hasCountsFor(dictionary)) {
            try {
                Map<String, EntityStats> stats = recount(dictionary, articles, memory);
                if (stats != null) {
                    return sorted(stats);
                }
            } catch (RuntimeException | Error e) {
                memory.counts = null; // counted in part: the next build counts every article
                throw e;
            }
        }
        Map<String, Acc> acc = countAll(dictionary, articles);
        Map<String, EntityStats> stats = statistics(dictionary, articles, acc, acc.keySet());
        if (memory.keeps()) {
            memory.dictionary = dictionary;
            memory.counted = ArticleChanges.instances(articles);
            memory.counts = acc;
            memory.stats = stats;
        }
        return sorted(stats);
    }

    /**
     * The kept counts, less the articles gone or changed, plus those new or changed; statistics of
     * the entities they name. Null when more than a quarter of the articles changed (new rules,
     * say): then counting them all, on all cores, is quicker than taking away and adding one by one.
     */
    private static Map<String, EntityStats> recount(Dictionary dictionary, List<AnalyzedArticle> articles,
                                                    EntityMemory memory) {
        ArticleChanges changes = ArticleChanges.between(memory.counted, articles);
        if (changes.many(articles.size())) {
            return null;
        }
        Map<String, Entity> byId = dictionary.index();
        Set<String> touched = new HashSet<>();
        changes.gone().forEach(a -> count(a, byId, memory.counts, -1, touched));
        changes.fresh().forEach(a -> count(a, byId, memory.counts, 1, touched));
        memory.counted = changes.now();
        if (!touched.isEmpty()) {
            memory.stats.keySet().removeAll(touched);
            memory.stats.putAll(statistics(dictionary, articles, memory.counts, touched));
        }
        return memory.stats;
    }

    private static List<EntityStats> sorted(Map<String, EntityStats> stats) {
        List<EntityStats> out = new ArrayList<>(stats.values());
        out.sort(Comparator.comparingInt((EntityStats s) -> -s.mentions())
                .thenComparing(s -> s.entity().name()).thenComparing(s -> s.entity().id()));
        return out;
    }

    /** Every article counted, one run of them per core. */
    private static Map<String, Acc> countAll(Dictionary dictionary, List<AnalyzedArticle> articles) {
        Map<String, Entity> byId = dictionary.index();
        // Counts are sums: the articles are counted in one run of them per core, each into maps of
        // its own, and the maps are added up once (finer pieces added up the main actors' thousands
        // of article counts again at every level of the stream's tree of tasks).
        int runs = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), articles.size() / 500));
        return IntStream.range(0, runs).parallel()
                .mapToObj(run -> {
                    Map<String, Acc> counts = new HashMap<>();
                    articles.subList(run * articles.size() / runs, (run + 1) * articles.size() / runs)
                            .forEach(a -> count(a, byId, counts, 1, null));
                    return counts;
                })
                .reduce(EntityStatsBuilder::addUp).orElseGet(HashMap::new);
    }

    /** The statistics of the entities {@code ids} (those among the counts), by id. */
    private static Map<String, EntityStats> statistics(Dictionary dictionary, List<AnalyzedArticle> articles,
                                                       Map<String, Acc> acc, Set<String> ids) {
        Map<String, Entity> byId = dictionary.index();
        // Sorting each entity's counts (thousands of article slugs for the main actors) is the
        // larger part of the work: the slugs are sorted once, and each entity's by their places
        // in that order; entities on all cores, then in their fixed order.
        SlugOrder slugs = new SlugOrder(articles.stream().map(AnalyzedArticle::slug).toList());
        List<String> present = ids.stream().filter(acc::containsKey).toList();
        List<EntityStats> made = present.parallelStream()
                .map(id -> {
                    Acc x = acc.get(id);
                    return new EntityStats(byId.get(id), x.mentions, slugs.sorted(x.perArticle),
                            new TreeMap<>(x.perDay), new TreeMap<>(x.coMentions), x.quotes);
                })
                .toList();
        Map<String, EntityStats> out = new HashMap<>();
        made.forEach(stats -> out.put(stats.entity().id(), stats));
        return out;
    }

    /**
     * Every article's slug and its place among them in sorted order. An entity's counts by
     * article become a sorted map by sorting those places (numbers) and handing the entries in
     * that order to {@link TreeMap}'s constructor for sorted maps, which builds the tree without a
     * comparison. Putting each slug into a tree compared slugs that share long beginnings
     * (generated titles) some two million times at 10,000 articles: 4 % of a rebuild's CPU.
     */
    static final class SlugOrder {
        private final String[] sorted;
        private final Map<String, Integer> place;

        SlugOrder(List<String> slugs) {
            sorted = slugs.stream().sorted().distinct().toArray(String[]::new);
            place = new HashMap<>(sorted.length * 2);
            for (int i = 0; i < sorted.length; i++) {
                place.put(sorted[i], i);
            }
        }

        /** {@code counts} (keys among the articles' slugs) as a sorted map in natural order. */
        SortedMap<String, Integer> sorted(Map<String, Integer> counts) {
            long[] entries = new long[counts.size()]; // place, then count, in one number
            int n = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                entries[n++] = ((long) place.get(e.getKey()) << 32) | (e.getValue() & 0xFFFF_FFFFL);
            }
            Arrays.sort(entries);
            return new TreeMap<>(new InOrder(sorted, entries));
        }
    }

    /**
     * Entries already in natural order, seen as a sorted map only so that {@link TreeMap#TreeMap(SortedMap)}
     * takes them as sorted: it asks for nothing but the comparator, the size and the entries.
     */
    private static final class InOrder extends AbstractMap<String, Integer> implements SortedMap<String, Integer> {
        private final String[] slugs;
        private final long[] entries;

        InOrder(String[] slugs, long[] entries) {
            this.slugs = slugs;
            this.entries = entries;
        }

        @Override
        public Comparator<? super String> comparator() {
            return null; // natural order
        }

        @Override
        public int size() {
            return entries.length;
        }

        @Override
        public Set<Entry<String, Integer>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Integer>> iterator() {
                    return new Iterator<>() {
                        private int i;

                        @Override
                        public boolean hasNext() {
                            return i < entries.length;
                        }

                        @Override
                        public Entry<String, Integer> next() {
                            if (i >= entries.length) {
                                throw new NoSuchElementException();
                            }
                            long e = entries[i++];
                            return new SimpleImmutableEntry<>(slugs[(int) (e >>> 32)], (int) e);
                        }
                    };
                }

                @Override
                public int size() {
                    return entries.length;
                }
            };
        }

        @Override
        public SortedMap<String, Integer> subMap(String fromKey, String toKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SortedMap<String, Integer> headMap(String toKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SortedMap<String, Integer> tailMap(String fromKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String firstKey() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String lastKey() {
            throw new UnsupportedOperationException();
        }
    }

    /**
     * Adds an article's counts to {@code acc} ({@code sign} 1), or takes them away (-1); an entity
     * left with nothing is removed, as if never counted. Entities whose counts change go into
     * {@code touched}, if given.
     */
    private static void count(AnalyzedArticle a, Map<String, Entity> byId, Map<String, Acc> acc, int sign,
                              Set<String> touched) {
        LocalDate day = a.article().meta().date();
        Map<String, int[]> inArticle = new HashMap<>();
        Map<Integer, TreeSet<String>> bySentence = new HashMap<>();
        for (Mention m : a.analysis().mentions()) {
            if (!byId.containsKey(m.entity())) {
                continue;
            }
            inArticle.computeIfAbsent(m.entity(), k -> new int[1])[0]++;
            bySentence.computeIfAbsent(m.sentence(), k -> new TreeSet<>()).add(m.entity());
        }
        inArticle.forEach((id, count) -> {
            Acc e = acc.computeIfAbsent(id, k -> new Acc());
            e.mentions += sign * count[0];
            add(e.perArticle, a.slug(), sign * count[0]);
            add(e.perDay, day, sign * count[0]);
        });
        for (TreeSet<String> together : bySentence.values()) {
            if (together.size() < 2) {
                continue;
            }
            for (String x : together) {
                Map<String, Integer> with = acc.get(x).coMentions;
                for (String y : together) {
                    if (!x.equals(y)) {
                        add(with, y, sign);
                    }
                }
            }
        }
        for (Quote q : a.analysis().quotes()) {
            if (q.speaker() != null && byId.containsKey(q.speaker())) {
                acc.computeIfAbsent(q.speaker(), k -> new Acc()).quotes += sign;
                if (touched != null) {
                    touched.add(q.speaker());
                }
            }
        }
        if (touched != null) {
            touched.addAll(inArticle.keySet());
            if (sign < 0) {
                touched.forEach(id -> {
                    Acc e = acc.get(id);
                    if (e != null && e.mentions == 0 && e.quotes == 0) {
                        acc.remove(id);
                    }
                });
            }
        }
    }

    /** Adds {@code delta} to the count of {@code key}, removing it at zero. */
    private static <K> void add(Map<K, Integer> counts, K key, int delta) {
        counts.merge(key, delta, (x, y) -> x + y == 0 ? null : x + y);
    }

    /** The counts of both, added up into the first. */
    private static Map<String, Acc> addUp(Map<String, Acc> into, Map<String, Acc> more) {
        more.forEach((id, m) -> into.merge(id, m, Acc::add));
        return into;
    }

    /** One entity's counts; kept between builds by {@link EntityMemory}. */
    static final class Acc {
        int mentions;
        int quotes;
        final Map<String, Integer> perArticle = new HashMap<>();
        final Map<LocalDate, Integer> perDay = new HashMap<>();
        final Map<String, Integer> coMentions = new HashMap<>();

        Acc add(Acc other) {
            mentions += other.mentions;
            quotes += other.quotes;
            other.perArticle.forEach((k, v) -> perArticle.merge(k, v, Integer::sum));
            other.perDay.forEach((k, v) -> perDay.merge(k, v, Integer::sum));
            other.coMentions.forEach((k, v) -> coMentions.merge(k, v, Integer::sum));
            return this;
        }
    }
}
