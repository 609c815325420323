package io.sitrep.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.html.MutableAttributes;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.ReplacedTextMapper;
import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.analysis.Entity;
import io.sitrep.content.Article;
import io.sitrep.content.Markdown;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An article's body as HTML with what the analysis found marked in it: every sentence in a
 * {@code <span class="s" id="sN">}, quotes, figures ({@code <mark>}), dates ({@code <time>})
 * and links to the pages of the people, places and organizations it mentions.
 *
 * <p>Flexmark renders the Markdown; a {@link NodeRenderer} for {@code Text} nodes inserts the
 * marks from the source offsets every node carries. Marks that run across several text nodes
 * (a sentence with a link in it) are closed at the end of each node and reopened in the next,
 * so the HTML always nests; the sentence's {@code id} goes on its first piece. No mention link
 * is put inside an existing link. The result goes through {@link BodySanitizer}.
 */
final class ArticleBody {

    private final Markdown markdown;
    private final BodySanitizer sanitizer = new BodySanitizer();
    private final java.security.SecureRandom random = new java.security.SecureRandom();

    ArticleBody(Markdown markdown) {
        this.markdown = markdown;
    }

    /**
     * @param root      relative path from the article page to the site root
     * @param allowHtml keep raw HTML of the article (sanitized) instead of escaping it
     */
    String render(AnalyzedArticle analyzed, Map<String, Entity> entities, String root, boolean allowHtml) {
        Article article = analyzed.article();
        Marks marks = Marks.of(analyzed, entities, root);
        // sitrep's ids travel under a name the article cannot guess; the sanitizer turns them into
        // ids and drops every id the article's own HTML brought (it could collide with ours)
        String idAttr = "data-sitrep-id-" + Long.toHexString(random.nextLong() & Long.MAX_VALUE);
        MarkingRenderer marking = new MarkingRenderer(marks, idAttr);
        HtmlRenderer renderer = HtmlRenderer.builder(markdown.options())
                .escapeHtml(!allowHtml)
                .nodeRendererFactory(options -> marking)
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return (node, part, attributes) -> trust(attributes, idAttr); // footnotes' ids
                    }
                })
                .build();
        StringBuilder html = new StringBuilder(renderer.render(markdown.parse(blanked(article))));
        List<String> missing = new ArrayList<>();
        for (Mark s : marks.sentences()) {
            if (!marking.emitted.contains(s.id())) {
                missing.add(s.id());
            }
        }
        if (!missing.isEmpty()) {
            // A sentence wholly inside markup the marks cannot reach (an autolink): keep its
            // id on the page so that links to it still resolve.
            html.append("<p class=\"anchors\">");
            missing.forEach(id -> html.append("<span ").append(idAttr).append("=\"").append(id).append("\"></span>"));
            html.append("</p>");
        }
        return sanitizer.clean(html.toString(), idAttr);
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

    /** Renders Text nodes with marks; one instance per article (it remembers the ids it wrote). */
    private static final class MarkingRenderer implements NodeRenderer {

        private final Marks marks;
        private final String idAttr;
        private final Set<String> emitted = new HashSet<>();

        MarkingRenderer(Marks marks, String idAttr) {
            this.marks = marks;
            this.idAttr = idAttr;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, this::text),
                    new NodeRenderingHandler<>(Code.class, this::code));
        }

        private void text(Text node, NodeRendererContext context, HtmlWriter html) {
            BasedSequence chars = node.getChars();
            ReplacedTextMapper mapper = new ReplacedTextMapper(chars);
            BasedSequence plain = Escaping.unescape(chars, mapper);
            boolean inLink = node.getAncestorOfType(Link.class, LinkRef.class, AutoLink.class, MailLink.class) != null;
            StringBuilder out = new StringBuilder(plain.length() + 64);
            List<Mark> open = new ArrayList<>();
            Marks.Span span = null;
            List<Mark> want = List.of();
            for (int i = 0; i < plain.length(); i++) {
                int offset = chars.getStartOffset() + mapper.originalOffset(i);
                if (span == null || !span.covers(offset)) {
                    span = marks.span(offset);
                    want = inLink ? span.marks().stream().filter(m -> m.layer() != Mark.Layer.MENTION).toList()
                            : span.marks();
                }
                int same = 0;
                while (same < open.size() && same < want.size() && open.get(same) == want.get(same)) {
                    same++;
                }
                closeDownTo(out, open, same);
                for (int k = same; k < want.size(); k++) {
                    openMark(out, want.get(k));
                    open.add(want.get(k));
                }
                char c = plain.charAt(i);
                Html.append(out, c == '\r' ? '\n' : c);
            }
            closeDownTo(out, open, 0);
            html.raw(out);
        }

        /** Inline code is rendered as usual; a sentence that starts inside it gets its anchor first. */
        private void code(Code node, NodeRendererContext context, HtmlWriter html) {
            for (Mark s : marks.sentencesStartingIn(node.getStartOffset(), node.getEndOffset())) {
                if (emitted.add(s.id())) {
                    html.raw("<span class=\"s\" " + idAttr + "=\"" + s.id() + "\"></span>");
                }
            }
            context.delegateRender();
        }

        private void openMark(StringBuilder out, Mark m) {
            out.append('<').append(m.tag()).append(m.attrs());
            if (m.id() != null && emitted.add(m.id())) {
                out.append(' ').append(idAttr).append("=\"").append(m.id()).append('"');
            }
            out.append('>');
        }

        private static void closeDownTo(StringBuilder out, List<Mark> open, int size) {
            while (open.size() > size) {
                out.append("</").append(open.remove(open.size() - 1).tag()).append('>');
            }
        }
    }
}
