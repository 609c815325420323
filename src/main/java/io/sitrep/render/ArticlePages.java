package io.sitrep.render;

import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.aggregate.Claim;
import io.sitrep.analysis.ArticleAnalysis;
import io.sitrep.analysis.DateMention;
import io.sitrep.analysis.Entity;
import io.sitrep.analysis.Figure;
import io.sitrep.analysis.Mention;
import io.sitrep.analysis.Quote;
import io.sitrep.content.FrontMatter;
import io.sitrep.content.Markdown;
import io.sitrep.render.view.Pages;
import io.sitrep.render.view.Parts.ArticleRef;
import io.sitrep.render.view.Parts.ClaimView;
import io.sitrep.render.view.Parts.DateView;
import io.sitrep.render.view.Parts.Day;
import io.sitrep.render.view.Parts.QuoteView;
import io.sitrep.render.view.Parts.Ref;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One page per article: the marked-up text, its metadata and what was found in it. */
final class ArticlePages {

    private final SiteIndex index;
    private final ArticleBody body;
    private final BodyCache bodies;
    private final PageMemory memory;

    ArticlePages(SiteIndex index, Markdown markdown) {
        this(index, markdown, BodyCache.NONE, PageMemory.none(), BodySkeletons.none());
    }

    /** @param memory where the parts of each page that depend on its article alone are kept between builds */
    ArticlePages(SiteIndex index, Markdown markdown, BodyCache bodies, PageMemory memory, BodySkeletons skeletons) {
        this.index = index;
        this.body = new ArticleBody(markdown, skeletons);
        this.bodies = bodies;
        this.memory = memory;
    }

    List<PageSpec> pages() {
        List<PageSpec> out = new ArrayList<>();
        for (int i = 0; i < count(); i++) {
            out.add(page(i));
        }
        return out;
    }

    /** How many article pages there are. */
    int count() {
        return index.briefing().articles().size();
    }

    /** The path of article page {@code i} (newest first), without building it. */
    String path(int i) {
        return index.briefing().articles().get(i).article().pagePath();
    }

    /**
     * Article page {@code i}, newest first; built on demand, so a render need not hold them all.
     * With a key for the body, the page is keyed by a {@link PageKey}: what it is made of, named
     * rather than spelled out; the page itself (with its body) is made only to render.
     */
    PageSpec page(int i) {
        List<AnalyzedArticle> all = index.briefing().articles(); // newest first
        AnalyzedArticle a = all.get(i);
        ArticleRef newer = i > 0 ? index.ref(all.get(i - 1)) : null;
        ArticleRef older = i + 1 < all.size() ? index.ref(all.get(i + 1)) : null;
        FrontMatter meta = a.article().meta();
        String bodyKey = bodies.key(a, variant(a));
        Object model = bodyKey == null ? page(a, newer, older)
                : PageKey.of(index, a, parts(a), "sitrep-body:" + bodyKey, newer, older);
        PageSpec spec = PageSpec.of("article.ftlh", a.article().pagePath(), meta.title(),
                meta.summary() == null ? "" : meta.summary(), "articles", model);
        return bodyKey == null ? spec : spec.completedBy(key -> page(a, newer, older));
    }

    /**
     * What an article page is made of when its body has a key: the key names the article file,
     * its analysis and the body's variant, so it stands for everything the page takes from the
     * article alone (metadata, body, figures, quotes, dates); beside it, what the page takes from
     * the rest of the briefing. Two builds with equal keys make the same page. Hashing this
     * instead of the whole page (its sentences, quotes and dates spelled out: about 50 KB an
     * article) was most of the page keys' cost in a rebuild at 10,000 articles.
     *
     * @param series   the series of each of its figures (ids made by aggregating every article)
     * @param entities the named entities it links, as the page lists them
     * @param speakers each quote's speaker as shown and linked
     */
    record PageKey(String article, ArticleRef self, ArticleRef newer, ArticleRef older, List<String> series,
                   List<Ref> entities, List<Ref> speakers) {

        static PageKey of(SiteIndex index, AnalyzedArticle a, PageMemory.ArticleParts parts, String article,
                          ArticleRef newer, ArticleRef older) {
            List<String> series = new ArrayList<>();
            a.analysis().figures().forEach(f -> series.add(index.seriesOf(f)));
            return new PageKey(article, index.ref(a), newer, older, series, parts.entities(), parts.speakers());
        }
    }

    /** What the page takes from the article and the dictionary alone: kept between builds of one process. */
    private PageMemory.ArticleParts parts(AnalyzedArticle a) {
        return memory.parts(a, article -> new PageMemory.ArticleParts(entities(index, article), speakers(index, article)));
    }

    /** Each quote's speaker as shown and linked. */
    private static List<Ref> speakers(SiteIndex index, AnalyzedArticle a) {
        List<Ref> speakers = new ArrayList<>();
        for (Quote q : a.analysis().quotes()) {
            Entity speaker = q.speaker() == null ? null : index.entities().get(q.speaker());
            speakers.add(new Ref(speakerName(index, q), speaker == null ? null : speaker.pagePath(), 0));
        }
        return speakers;
    }

    Pages.ArticlePage page(AnalyzedArticle a, ArticleRef newer, ArticleRef older) {
        FrontMatter meta = a.article().meta();
        return new Pages.ArticlePage(index.ref(a), meta.author(), safeUrl(meta.url()), meta.caption(),
                safeUrl(meta.image()), meta.language(), a.article().words(), body(a), figures(a), quotes(index, a),
                dates(a), parts(a).entities(), newer, older);
    }

    /** What else than the article and its analysis a body depends on: the way to the root, raw HTML or not. */
    private String variant(AnalyzedArticle a) {
        return PageSpec.rootOf(a.article().pagePath()) + "|" + index.briefing().config().allowHtml();
    }

    private String body(AnalyzedArticle a) {
        String root = PageSpec.rootOf(a.article().pagePath());
        boolean allowHtml = index.briefing().config().allowHtml();
        return bodies.body(a, variant(a), () -> body.render(a, index.entities(), root, allowHtml));
    }

    private List<ClaimView> figures(AnalyzedArticle a) {
        List<ClaimView> out = new ArrayList<>();
        ArticleAnalysis an = a.analysis();
        for (Figure f : an.figures()) {
            Claim c = new Claim(a.slug(), a.article().meta().source(), a.article().meta().date(), f,
                    SiteIndex.sentenceText(a, f.sentence()), SiteIndex.anchor(a, f.sentence()));
            out.add(index.claim(c, index.seriesOf(f)));
        }
        return out;
    }

    static List<QuoteView> quotes(SiteIndex index, AnalyzedArticle a) {
        List<QuoteView> out = new ArrayList<>();
        for (Quote q : a.analysis().quotes()) {
            out.add(quote(index, a, q));
        }
        return out;
    }

    static QuoteView quote(SiteIndex index, AnalyzedArticle a, Quote q) {
        Entity speaker = q.speaker() == null ? null : index.entities().get(q.speaker());
        return new QuoteView(speakerName(index, q), speaker == null ? null : speaker.pagePath(), q.text(), q.fragment(),
                SiteIndex.anchor(a, q.sentence()), a.article().meta().title(), a.article().meta().source(),
                Day.of(a.article().meta().date()));
    }

    /** The speaker's name as a quote shows it: the dictionary's, else as written, else "Unknown speaker". */
    static String speakerName(SiteIndex index, Quote q) {
        Entity speaker = q.speaker() == null ? null : index.entities().get(q.speaker());
        return speaker != null ? speaker.name() : q.speakerName() != null ? q.speakerName() : "Unknown speaker";
    }

    static List<DateView> dates(AnalyzedArticle a) {
        List<DateView> out = new ArrayList<>();
        for (DateMention d : a.analysis().dates()) {
            out.add(date(a, d));
        }
        return out;
    }

    static DateView date(AnalyzedArticle a, DateMention d) {
        return new DateView(d.text(), d.value(), Day.of(d.date()), d.precision().id(),
                SiteIndex.sentenceText(a, d.sentence()), SiteIndex.anchor(a, d.sentence()),
                a.article().meta().title(), a.article().meta().source());
    }

    /** The entities the article mentions, most mentioned first. */
    private static List<Ref> entities(SiteIndex index, AnalyzedArticle a) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Mention m : a.analysis().mentions()) {
            if (index.entities().containsKey(m.entity())) {
                counts.merge(m.entity(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .map(e -> {
                    Entity ent = index.entities().get(e.getKey());
                    return new Ref(ent.name(), ent.pagePath(), e.getValue());
                })
                .sorted(Comparator.comparingInt((Ref r) -> -r.count()).thenComparing(Ref::name))
                .toList();
    }

    /** Only http(s) addresses become links; anything else (a {@code javascript:} URL) is dropped. */
    static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        String lower = u.toLowerCase(java.util.Locale.ROOT);
        if (!lower.startsWith("https://") && !lower.startsWith("http://")) {
            return null;
        }
        try {
            return java.net.URI.create(u).getHost() == null ? null : u; // "x y" or a quote is no address
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
