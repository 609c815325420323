package io.sitrep.render;

import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.aggregate.Briefing;
import io.sitrep.aggregate.Claim;
import io.sitrep.analysis.Entity;
import io.sitrep.analysis.Sentence;
import io.sitrep.charts.WholeNumbers;
import io.sitrep.content.Slugs;
import io.sitrep.render.view.Parts.ArticleRef;
import io.sitrep.render.view.Parts.ClaimView;
import io.sitrep.render.view.Parts.Day;
import io.sitrep.render.view.Parts.Ref;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Lookups every page builder needs: articles by slug, the page of each source and tag (slugs
 * made unique in name order, so they are stable), entities by id, and number formatting.
 */
final class SiteIndex {

    private final Briefing briefing;
    private final Map<String, AnalyzedArticle> articles = new LinkedHashMap<>();
    private final SortedMap<String, String> sourcePaths;
    private final SortedMap<String, String> tagPaths;
    private final Map<String, Entity> entities;
    /**
     * Series ids by figure instance: pages look up the figures of the briefing's own articles,
     * which are the instances its series' claims hold. A figure is a record of 13 components
     * whose hash is computed again at every use: a map by equality spent 5 % of a rebuild's CPU
     * at 10,000 articles hashing figures. Equal figures share a measure and an actor, hence a
     * series, so a figure found only by equality ({@link #byEquality}) has the same id.
     */
    private final Map<io.sitrep.analysis.Figure, String> seriesOf = new java.util.IdentityHashMap<>();
    /** The same by equality, made only if a figure is looked up that is not one of the series' instances. */
    private volatile Map<io.sitrep.analysis.Figure, String> byEquality;
    /** Each article's place in the briefing, by instance, for {@link #refs}. */
    private final Map<AnalyzedArticle, Integer> places = new java.util.IdentityHashMap<>();
    /**
     * Each article's reference, made on first use: pages list an article about five times (its
     * own page, its neighbours', the archive, its sources and tags, its entities).
     */
    private final java.util.concurrent.atomic.AtomicReferenceArray<ArticleRef> refs;

    SiteIndex(Briefing briefing) {
        this.briefing = briefing;
        briefing.articles().forEach(a -> articles.put(a.slug(), a));
        this.sourcePaths = paths("sources/", briefing.articles().stream().map(a -> a.article().meta().source()).toList());
        this.tagPaths = paths("tags/", briefing.articles().stream().flatMap(a -> a.article().meta().tags().stream()).toList());
        this.entities = briefing.dictionary().index();
        briefing.series().forEach(s -> s.claims().forEach(c -> seriesOf.putIfAbsent(c.figure(), s.id())));
        List<AnalyzedArticle> all = briefing.articles();
        for (int i = 0; i < all.size(); i++) {
            places.put(all.get(i), i);
        }
        this.refs = new java.util.concurrent.atomic.AtomicReferenceArray<>(all.size());
    }

    private static SortedMap<String, String> paths(String folder, List<String> names) {
        SortedMap<String, String> out = new TreeMap<>();
        Set<String> used = new HashSet<>(Set.of("index"));
        for (String name : new java.util.TreeSet<>(names)) {
            String base = Slugs.derive(name);
            String slug = base;
            for (int n = 2; !used.add(slug); n++) {
                slug = base + "-" + n;
            }
            out.put(name, folder + slug + ".html");
        }
        return out;
    }

    Briefing briefing() {
        return briefing;
    }

    AnalyzedArticle article(String slug) {
        return articles.get(slug);
    }

    /** The id of the series a figure belongs to, or null. */
    String seriesOf(io.sitrep.analysis.Figure figure) {
        String id = seriesOf.get(figure);
        if (id != null || figure == null) {
            return id;
        }
        Map<io.sitrep.analysis.Figure, String> equal = byEquality;
        if (equal == null) {
            equal = new java.util.HashMap<>();
            for (var series : briefing.series()) {
                for (var claim : series.claims()) {
                    equal.putIfAbsent(claim.figure(), series.id());
                }
            }
            byEquality = equal;
        }
        return equal.get(figure);
    }

    Map<String, Entity> entities() {
        return entities;
    }

    SortedMap<String, String> sourcePaths() {
        return sourcePaths;
    }

    SortedMap<String, String> tagPaths() {
        return tagPaths;
    }

    /** The reference pages link {@code a} by; made once per article (two threads may both make it: they are equal). */
    ArticleRef ref(AnalyzedArticle a) {
        Integer place = places.get(a);
        if (place == null) {
            return refOf(a);
        }
        ArticleRef ref = refs.get(place);
        if (ref == null) {
            ref = refOf(a);
            refs.set(place, ref);
        }
        return ref;
    }

    private ArticleRef refOf(AnalyzedArticle a) {
        var meta = a.article().meta();
        List<Ref> tags = meta.tags().stream().map(t -> new Ref(t, tagPaths.get(t), 0)).toList();
        return new ArticleRef(a.slug(), meta.title(), a.article().pagePath(), meta.source(),
                sourcePaths.get(meta.source()), Day.of(meta.date()), meta.summary(), tags);
    }

    /** Link to a sentence of an article, relative to the site root. */
    static String anchor(AnalyzedArticle a, int sentence) {
        List<Sentence> sentences = a.analysis().sentences();
        if (sentence < 0 || sentence >= sentences.size()) {
            return a.article().pagePath();
        }
        return a.article().pagePath() + "#" + sentences.get(sentence).anchorId();
    }

    static String sentenceText(AnalyzedArticle a, int sentence) {
        List<Sentence> sentences = a.analysis().sentences();
        return sentence >= 0 && sentence < sentences.size() ? sentences.get(sentence).text() : "";
    }

    ClaimView claim(Claim c, String seriesId) {
        var f = c.figure();
        AnalyzedArticle a = articles.get(c.article());
        String title = a == null ? c.article() : a.article().meta().title();
        return new ClaimView(value(f.value(), f.low(), f.high()), f.surface(), f.measure().id(), f.qualifier().id(),
                f.group(), f.actor(), seriesId, c.source(), Day.of(f.date() != null ? f.date() : c.published()),
                c.sentence(), c.anchor(), title);
    }

    /** "800,000", "8–13" for a range, "vague" when there is no number. */
    static String value(BigDecimal value, BigDecimal low, BigDecimal high) {
        if (value != null) {
            return number(value);
        }
        if (low != null && high != null) {
            return number(low) + "–" + number(high);
        }
        if (low != null) {
            return number(low);
        }
        return "vague";
    }

    /** "1,500", "3.6": grouped thousands, up to ten decimals (as {@code DecimalFormat("#,##0.##########")}). */
    static String number(BigDecimal n) {
        String whole = WholeNumbers.groupedOrNull(n); // most figures: no DecimalFormat made per call
        if (whole != null) {
            return whole;
        }
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return format.format(n);
    }

}
