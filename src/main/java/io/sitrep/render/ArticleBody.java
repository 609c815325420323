package io.sitrep.render;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;
import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.analysis.Entity;
import io.sitrep.content.Article;
import io.sitrep.content.Markdown;
import java.security.SecureRandom;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An article's body as HTML with what the analysis found marked in it: every sentence in a
 * {@code <span class="s" id="sN">}, quotes, figures ({@code <mark>}), dates ({@code <time>})
 * and links to the pages of the people, places and organizations it mentions.
 *
 * <p>Flexmark renders the Markdown and {@link MarkingRenderer} inserts the marks. When the
 * briefing keeps the articles' raw HTML, the result goes through {@link BodySanitizer}. When it
 * escapes it (the default), Flexmark's output is safe by construction ({@link SafeMarkup}) and
 * no HTML parser is needed: that was half of an article page's render.
 */
final class ArticleBody {

    private final Markdown markdown;
    private final BodySkeletons skeletons;
    private final BodySanitizer sanitizer = new BodySanitizer();
    private final SecureRandom random = new SecureRandom();

    ArticleBody(Markdown markdown) {
        this(markdown, BodySkeletons.none());
    }

    /** @param skeletons the bodies the loader's parses left, filled instead of parsing again where they can be */
    ArticleBody(Markdown markdown, BodySkeletons skeletons) {
        this.markdown = markdown;
        this.skeletons = skeletons;
    }

    /**
     * @param root      relative path from the article page to the site root
     * @param allowHtml keep raw HTML of the article (sanitized) instead of escaping it
     */
    String render(AnalyzedArticle analyzed, Map<String, Entity> entities, String root, boolean allowHtml) {
        Marks marks = Marks.of(analyzed, entities, root);
        if (!allowHtml) {
            BodySkeleton skeleton = skeletons.take(analyzed.article());
            String filled = skeleton == null ? null : skeleton.fill(marks, analyzed.article().source());
            if (filled != null) {
                return filled;
            }
        }
        Document document = markdown.parse(blanked(analyzed.article()));
        return allowHtml ? renderRaw(document, marks) : renderEscaped(document, marks);
    }

    /** The article's HTML escaped: every element and attribute is Flexmark's or sitrep's, filtered by {@link SafeMarkup}. */
    private String renderEscaped(Document document, Marks marks) {
        return render(document, marks, "id", true, ESCAPED);
    }

    /** The settings of bodies with raw HTML escaped. */
    static final UnaryOperator<HtmlRenderer.Builder> ESCAPED = builder -> builder
            .escapeHtml(true)
            .nodeRendererFactory(options -> SafeMarkup.images())
            .attributeProviderFactory(SafeMarkup.attributes());

    /**
     * A body renderer with {@code text} rendering the text and inline code: {@link BodySkeleton}
     * renders with it too, so that its slots sit where the marks' do.
     */
    static HtmlRenderer renderer(DataHolder options, NodeRenderer text, UnaryOperator<HtmlRenderer.Builder> settings) {
        return settings.apply(HtmlRenderer.builder(options).nodeRendererFactory(o -> text)).build();
    }

    /** The article's HTML kept: the sanitizer removes what is unsafe, and every id sitrep did not write. */
    private String renderRaw(Document document, Marks marks) {
        // sitrep's ids travel under a name the article cannot guess; the sanitizer turns them into
        // ids and drops every id the article's own HTML brought (it could collide with ours)
        String idAttr = "data-sitrep-id-" + Long.toHexString(random.nextLong() & Long.MAX_VALUE);
        String html = render(document, marks, idAttr, true, builder -> builder
                .escapeHtml(false)
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return (node, part, attributes) -> trust(attributes, idAttr); // footnotes' ids
                    }
                }));
        return sanitizer.clean(html, idAttr);
    }

    /**
     * Renders with the marks and the given settings; marked text goes through slots unless the
     * output does not allow them (see {@link MarkingRenderer#fillIn}).
     */
    private String render(Document document, Marks marks, String idAttr, boolean withSlots,
                          UnaryOperator<HtmlRenderer.Builder> settings) {
        MarkingRenderer marking = new MarkingRenderer(marks, idAttr, withSlots);
        String filled = marking.fillIn(renderer(markdown.options(), marking, settings).render(document));
        if (filled == null) {
            return render(document, marks, idAttr, false, settings);
        }
        StringBuilder html = new StringBuilder(filled);
        appendMissingAnchors(html, marks, marking, idAttr);
        return html.toString();
    }

    /**
     * A sentence wholly inside markup the marks cannot reach (an autolink, an image's text) keeps
     * its id on the page, so that links to it still resolve.
     */
    static void appendMissingAnchors(StringBuilder html, Marks marks, MarkingRenderer marking, String idAttr) {
        StringBuilder anchors = new StringBuilder();
        for (Mark s : marks.sentences()) {
            if (!marking.emitted(s)) {
                anchors.append("<span ").append(idAttr).append("=\"").append(s.id()).append("\"></span>");
            }
        }
        if (!anchors.isEmpty()) {
            html.append("<p class=\"anchors\">").append(anchors).append("</p>");
        }
    }

    /** Moves an id Flexmark wrote (not the article's raw HTML, which no provider sees) to the trusted name. */
    private static void trust(MutableAttributes attributes, String idAttr) {
        if (attributes.contains("id")) {
            attributes.replaceValue(idAttr, attributes.getValue("id"));
            attributes.remove("id");
        }
    }

    /** The source with its front matter blanked as {@code ContentLoader} does, so offsets agree. */
    static String blanked(Article article) {
        StringBuilder b = new StringBuilder(article.source());
        for (int i = 0; i < article.bodyStart(); i++) {
            if (b.charAt(i) != '\n') {
                b.setCharAt(i, ' ');
            }
        }
        return b.toString();
    }
}
