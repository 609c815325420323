package io.sitrep.render;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * An article's body as Flexmark renders it with raw HTML escaped, every text node left as a slot,
 * made from the document the loader parsed: {@link #fill filling} the slots with the marked text
 * gives the body {@link ArticleBody} would render, without parsing the Markdown a second time
 * (that parse was 8 % of a whole build's CPU at 10,000 articles).
 *
 * <p>The filled body is the same, byte for byte, because Flexmark saw the same document and the
 * same slots: {@link MarkingRenderer} also hands marked text to Flexmark as numbered slots. Where
 * it does not (text that starts with a space or holds a line break once marked, a sentence that
 * starts in inline code, the article's own {@code U+FFFF}), the skeleton gives nothing and the
 * body is rendered from a new parse.
 */
final class BodySkeleton {

    private static final char SLOT = MarkingRenderer.SLOT;

    /** Flexmark's output without the slots. */
    private final String html;
    /** Where each slot's text goes in {@link #html}, in order. */
    private final int[] cuts;
    /** Each slot's first source offset. */
    private final int[] bases;
    /** Each slot's length when its text is the source as it is, else -1. */
    private final int[] lengths;
    /** The slots whose text is not the source as it is (escapes, character references), else null. */
    private final TextSlot[] spelled;
    private final BitSet inLink;
    /** Start and end offsets of each inline code span. */
    private final int[] code;

    private BodySkeleton(String html, int[] cuts, Slots slots) {
        this.html = html;
        this.cuts = cuts;
        this.bases = slots.bases.stream().mapToInt(Integer::intValue).toArray();
        this.lengths = slots.lengths.stream().mapToInt(Integer::intValue).toArray();
        this.spelled = slots.spelled.toArray(TextSlot[]::new);
        this.inLink = slots.inLink;
        this.code = slots.code.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * The skeleton of a parsed article, or null when its text cannot go through slots whatever
     * the marks (an empty text node, a line break inside one, or a {@code U+FFFF} of its own).
     *
     * @param source    the text that was parsed (front matter blanked)
     * @param bodyStart where the body starts in it
     * @param options   the parser's options, as {@link ArticleBody} renders with them
     */
    static BodySkeleton of(Document document, String source, int bodyStart, DataHolder options) {
        Slots slots = new Slots(source, bodyStart);
        String rendered = ArticleBody.renderer(options, slots, ArticleBody.ESCAPED).render(document);
        if (slots.impossible) {
            return null;
        }
        int n = slots.bases.size();
        int[] cuts = new int[n];
        StringBuilder html = new StringBuilder(rendered.length());
        int at = 0;
        for (int k = 0; k < n; k++) {
            String marker = MarkingRenderer.slot(k);
            int found = rendered.indexOf(marker, at);
            if (found < 0 || rendered.indexOf(SLOT, at) != found) {
                return null; // a slot missing, repeated elsewhere, or a U+FFFF of the article's own
            }
            html.append(rendered, at, found);
            cuts[k] = html.length();
            at = found + marker.length();
        }
        if (rendered.indexOf(SLOT, at) >= 0) {
            return null;
        }
        html.append(rendered, at, rendered.length());
        return new BodySkeleton(html.toString(), cuts, slots);
    }

    /**
     * The body with {@code marks} (ids written as {@code id}), or null when it would not be the
     * body {@link ArticleBody} renders from a new parse: then that is what to do.
     *
     * @param source the article's source, as {@link io.sitrep.content.Article#source()} gives it
     */
    String fill(Marks marks, String source) {
        for (int i = 0; i < code.length; i += 2) {
            if (!marks.sentencesStartingIn(code[i], code[i + 1]).isEmpty()) {
                return null; // its anchor goes before the code, outside any slot
            }
        }
        MarkingRenderer marking = new MarkingRenderer(marks, "id", true);
        StringBuilder b = new StringBuilder(html.length() + 2 * source.length());
        int at = 0;
        for (int k = 0; k < cuts.length; k++) {
            b.append(html, at, cuts[k]);
            at = cuts[k];
            TextSlot slot = spelled[k] != null ? spelled[k]
                    : new TextSlot(bases[k], source.substring(bases[k], bases[k] + lengths[k]), null, inLink.get(k));
            StringBuilder out = marking.marked(slot);
            if (MarkingRenderer.writtenAsIs(out)) {
                return null; // Flexmark's writer would have had this text as it is, and may have changed it
            }
            b.append(out);
        }
        b.append(html, at, html.length());
        ArticleBody.appendMissingAnchors(b, marks, marking, "id");
        return b.toString();
    }

    /** Renders each text node as a numbered slot and notes where its text comes from. */
    private static final class Slots implements NodeRenderer {
        private final String source;
        private final int bodyStart;
        private final List<Integer> bases = new ArrayList<>();
        private final List<Integer> lengths = new ArrayList<>();
        private final List<TextSlot> spelled = new ArrayList<>();
        private final BitSet inLink = new BitSet();
        private final List<Integer> code = new ArrayList<>();
        private boolean impossible;

        Slots(String source, int bodyStart) {
            this.source = source;
            this.bodyStart = bodyStart;
        }

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, this::text),
                    new NodeRenderingHandler<>(Code.class, this::code));
        }

        private void text(Text node, NodeRendererContext context, HtmlWriter html) {
            TextSlot slot = TextSlot.of(node);
            String plain = slot.plain();
            if (plain.isEmpty() || plain.indexOf('\n') >= 0 || plain.indexOf('\r') >= 0) {
                impossible = true; // written as it is whatever the marks: MarkingRenderer uses no slot
            }
            int k = bases.size();
            bases.add(slot.base());
            boolean asInSource = slot.original() == null && slot.base() >= bodyStart
                    && source.regionMatches(slot.base(), plain, 0, plain.length());
            lengths.add(asInSource ? plain.length() : -1);
            spelled.add(asInSource ? null : slot);
            inLink.set(k, slot.inLink());
            html.raw(MarkingRenderer.slot(k));
        }

        private void code(Code node, NodeRendererContext context, HtmlWriter html) {
            code.add(node.getStartOffset());
            code.add(node.getEndOffset());
            context.delegateRender();
        }
    }
}
