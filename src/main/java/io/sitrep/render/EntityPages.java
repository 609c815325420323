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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.LongStream;

/**
 * One page per entity of the dictionary ({@code people/}, {@code places/} with countries,
 * {@code organizations/}) and an index page per folder.
 *
 * <p>Entity pages are built one at a time, when they are rendered ({@link #page(int, ChartSet)}),
 * as article pages are, on all cores: the models of every entity page were made at once on one
 * thread before any page rendered, and held during the whole render. What they are made from is
 * indexed once here, compactly: sentences as numbers, quotes as references.
 */
final class EntityPages {

    private final SiteIndex index;
    private final List<Entity> entities;
    private final Map<String, EntityStats> stats = new HashMap<>();
    /** Every quote with a known speaker, oldest first, by speaker id. */
    private final Map<String, List<SpokenQuote>> quotesBySpeaker = new HashMap<>();
    /** The sentences that mention each entity, as {@link #sentenceKey}s in ascending order, no repeats. */
    private final Map<String, long[]> sentencesOf = new HashMap<>();
    /**
     * Every claim, in series order, by its sentence and by its actor (lower case). The sentences
     * are {@link #sentenceKey}s in ascending order, with the claims of each at the same place:
     * a page walks them beside its entity's sentences instead of looking up each of those (the
     * main actors are in a hundred thousand sentences, few of which report a figure).
     */
    private final long[] claimSentences;
    private final List<List<SeriesClaim>> claimsAt;
    private final Map<String, List<SeriesClaim>> claimsByActor = new HashMap<>();
    /** Each article's place, newest first: an entity's articles are put in order from its own counts. */
    private final Map<String, Integer> numbers = new HashMap<>();

    /**
     * A claim with its series, its place in the order of all series' claims, and the key that
     * says which claims are one report and in what order pages list them (made once per claim,
     * not once per page that lists it).
     */
    private record SeriesClaim(Claim claim, String seriesId, int order, String key) {

        SeriesClaim(Claim claim, String seriesId, int order) {
            this(claim, seriesId, order, claim.figure().date() + "|" + claim.source() + "|" + claim.article() + "|"
                    + nineDigits(claim.figure().start()));
        }
    }

    /** A claim and the {@link #sentenceKey} of the sentence it is reported in. */
    private record SentenceClaim(long key, SeriesClaim claim) {
    }

    /** A quote and the article it is in; its view is made only if the page shows it. */
    private record SpokenQuote(AnalyzedArticle article, Quote quote) {
    }

    /** Indexes quotes, mentions and claims once, so each entity's page looks up only its own. */
    EntityPages(SiteIndex index) {
        this.index = index;
        this.entities = index.briefing().dictionary().entities();
        index.briefing().entities().forEach(s -> stats.put(s.entity().id(), s));
        List<AnalyzedArticle> newestFirst = index.briefing().articles();
        for (int n = newestFirst.size() - 1; n >= 0; n--) { // oldest first
            AnalyzedArticle a = newestFirst.get(n);
            numbers.put(a.slug(), n);
            for (Quote q : a.analysis().quotes()) {
                if (q.speaker() != null) {
                    quotesBySpeaker.computeIfAbsent(q.speaker(), k -> new ArrayList<>()).add(new SpokenQuote(a, q));
                }
            }
        }
        // In the briefing's order, keys come in ascending order already (mentions are in text
        // order): each entity's list is deduplicated as it grows and sorted only if it is not.
        Map<String, AscendingKeys> sentences = new HashMap<>();
        for (int n = 0; n < newestFirst.size(); n++) {
            for (Mention m : newestFirst.get(n).analysis().mentions()) {
                sentences.computeIfAbsent(m.entity(), k -> new AscendingKeys()).add(sentenceKey(n, m.sentence()));
            }
        }
        sentences.forEach((entity, keys) -> sentencesOf.put(entity, keys.toArray()));
        // Claims with their sentence keys, grouped by a stable sort below: a HashMap of Long keys
        // put thousands of keys in one bin (a Long's hash is its halves xor-ed: article ^ sentence).
        List<SentenceClaim> bySentence = new ArrayList<>();
        int order = 0;
        for (FigureSeries series : index.briefing().series()) {
            for (Claim c : series.claims()) {
                SeriesClaim sc = new SeriesClaim(c, series.id(), order++);
                Integer n = numbers.get(c.article());
                if (n != null) {
                    bySentence.add(new SentenceClaim(sentenceKey(n, c.figure().sentence()), sc));
                }
                if (c.figure().actor() != null) {
                    claimsByActor.computeIfAbsent(c.figure().actor().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                            .add(sc);
                }
            }
        }
        bySentence.sort(Comparator.comparingLong(SentenceClaim::key)); // stable: series order kept within a sentence
        long[] keys = new long[bySentence.size()];
        List<List<SeriesClaim>> at = new ArrayList<>();
        int distinct = 0;
        for (int i = 0; i < bySentence.size(); i++) {
            SentenceClaim c = bySentence.get(i);
            if (distinct == 0 || keys[distinct - 1] != c.key()) {
                keys[distinct++] = c.key();
                at.add(new ArrayList<>());
            }
            at.get(distinct - 1).add(c.claim());
        }
        claimSentences = java.util.Arrays.copyOf(keys, distinct);
        claimsAt = at;
    }

    /** Sentence keys as they come: repeats in a row dropped, sorted at the end only if they came out of order. */
    static final class AscendingKeys {
        private long[] keys = new long[16];
        private int size;
        private boolean sorted = true;

        void add(long key) {
            if (size > 0 && keys[size - 1] >= key) {
                if (keys[size - 1] == key) {
                    return;
                }
                sorted = false;
            }
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, size * 2);
            }
            keys[size++] = key;
        }

        /** The keys in ascending order, no repeats. */
        long[] toArray() {
            long[] out = java.util.Arrays.copyOf(keys, size);
            return sorted ? out : LongStream.of(out).sorted().distinct().toArray();
        }
    }

    /** A sentence of the whole briefing as one number: the article's place (newest first) and the sentence's. */
    private static long sentenceKey(int article, int sentence) {
        return ((long) article << 32) | (sentence & 0xFFFF_FFFFL);
    }

    /** The index page of each folder: three small pages, made at once. */
    List<PageSpec> folderIndexes() {
        return List.of(
                folderIndex("people", "People", "The people the articles mention, most mentioned first.",
                        List.of(EntityType.PERSON)),
                folderIndex("places", "Places", "Countries, regions, cities and other places, most mentioned first.",
                        List.of(EntityType.COUNTRY, EntityType.PLACE)),
                folderIndex("organizations", "Organizations",
                        "Governments, armed groups, agencies and other organizations, most mentioned first.",
                        List.of(EntityType.ORGANIZATION)));
    }

    /** How many entity pages there are: one per dictionary entity. */
    int count() {
        return entities.size();
    }

    /** The path of entity page {@code i} (dictionary order), without building it. */
    String path(int i) {
        return entities.get(i).pagePath();
    }

    /** Entity page {@code i} in dictionary order, with its charts; built on demand. */
    PageSpec page(int i, ChartSet charts) {
        Entity e = entities.get(i);
        return PageSpec.of("entity.ftlh", e.pagePath(), e.name(), typeLabel(e.type()) + " in the briefing",
                e.type().folder(), page(e, charts.forEntity(e.id())));
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
        int articleTotal = 0;
        if (s != null) {
            for (Map.Entry<LocalDate, Integer> d : s.perDay().entrySet()) {
                perDay.add(new io.sitrep.render.view.Parts.DayCount(
                        io.sitrep.render.view.Parts.Day.of(d.getKey()), d.getValue()));
            }
            // the articles that mention it, newest first: from its own counts rather than a look-up
            // in them for every article of the briefing (a sorted map of slugs, per entity page)
            List<AnalyzedArticle> newestFirst = index.briefing().articles();
            int[] places = s.perArticle().keySet().stream().map(numbers::get).filter(java.util.Objects::nonNull)
                    .mapToInt(Integer::intValue).sorted().toArray();
            articleTotal = places.length;
            for (int i = 0; i < Math.min(places.length, Caps.ENTITY_ARTICLES); i++) {
                AnalyzedArticle a = newestFirst.get(places[i]);
                articles.add(index.ref(a));
                articleMentions.add(s.perArticle().get(a.slug()));
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
        List<SpokenQuote> quotes = quotesBySpeaker.getOrDefault(e.id(), List.of());
        List<QuoteView> latestQuotes = Caps.last(quotes, Caps.QUOTES).stream()
                .map(q -> ArticlePages.quote(index, q.article(), q.quote())).toList();
        LatestClaims figures = figures(e);
        return new Pages.EntityPage(e.name(), e.type().id(), typeLabel(e.type()), e.aliases(), e.affiliation(),
                s == null ? 0 : s.mentions(), max, perDay, articles, articleMentions, latestQuotes,
                related, figures.views(), charts, articleTotal, quotes.size(), figures.total());
    }

    /**
     * The figures about this entity: those whose actor it is, and those reported in a sentence
     * that mentions it; in date order. Views are made only for those the page shows.
     */
    private LatestClaims figures(Entity e) {
        // one claim per key, that of the latest series (the highest order, as it always was), then
        // the latest keys: the main actors have tens of thousands of claims, and sorting them all,
        // by order and then by key, was most of their pages
        Map<String, SeriesClaim> byKey = new HashMap<>();
        for (SeriesClaim sc : claimsByActor.getOrDefault(e.name().toLowerCase(Locale.ROOT), List.of())) {
            byKey.merge(sc.key(), sc, EntityPages::later);
        }
        long[] sentences = sentencesOf.getOrDefault(e.id(), new long[0]);
        for (int i = 0, j = 0; i < sentences.length && j < claimSentences.length; ) { // both ascending
            if (sentences[i] < claimSentences[j]) {
                i++;
            } else if (sentences[i] > claimSentences[j]) {
                j++;
            } else {
                for (SeriesClaim sc : claimsAt.get(j)) {
                    byKey.merge(sc.key(), sc, EntityPages::later);
                }
                i++;
                j++;
            }
        }
        List<ClaimView> latest = largest(byKey.keySet(), Caps.CLAIMS).stream()
                .map(k -> byKey.get(k)).map(sc -> index.claim(sc.claim(), sc.seriesId())).toList();
        return new LatestClaims(latest, byKey.size());
    }

    /** Of two claims with the same key, the one of the later series. */
    private static SeriesClaim later(SeriesClaim a, SeriesClaim b) {
        return b.order() > a.order() ? b : a;
    }

    /** The {@code n} largest of distinct strings, in ascending order: the last {@code n} of them sorted. */
    static List<String> largest(java.util.Collection<String> distinct, int n) {
        java.util.PriorityQueue<String> kept = new java.util.PriorityQueue<>(Math.max(1, n + 1));
        for (String s : distinct) {
            if (kept.size() < n) {
                kept.add(s);
            } else if (n > 0 && s.compareTo(kept.peek()) > 0) {
                kept.poll();
                kept.add(s);
            }
        }
        List<String> out = new ArrayList<>(kept);
        out.sort(null);
        return out;
    }

    /** {@code String.format("%09d", n)} without a Formatter: it was most of a page's model under C1. */
    static String nineDigits(int n) {
        String digits = Integer.toString(n);
        return n < 0 || digits.length() >= 9 ? String.format("%09d", n) : "0".repeat(9 - digits.length()) + digits;
    }

    /** The latest claims the page shows, and how many there are in all. */
    private record LatestClaims(List<ClaimView> views, int total) {
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
