package io.sitrep.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.misc.CharPredicate;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.ReplacedTextMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Renders Flexmark's {@code Text} nodes with the {@link Marks} of an article inserted from the
 * source offsets every node carries. Marks that run across several text nodes (a sentence with
 * a link in it) are closed at the end of each node and reopened in the next, so the HTML always
 * nests; a mark's {@code id} goes on its first piece. No mention link is put inside a link.
 * One instance per article: it remembers the ids it wrote.
 */
final class MarkingRenderer implements NodeRenderer {

    private final Marks marks;
    private final String idAttr;
    private final Set<String> emitted = new HashSet<>();

    /** @param idAttr the attribute the ids are written as: {@code id}, or a name for the sanitizer to trust */
    MarkingRenderer(Marks marks, String idAttr) {
        this.marks = marks;
        this.idAttr = idAttr;
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Text.class, this::text),
                new NodeRenderingHandler<>(Code.class, this::code));
    }

    /** Whether the id of {@code mark} was written. */
    boolean emitted(Mark mark) {
        return emitted.contains(mark.id());
    }

    /**
     * Writes the node's text run by run: a run is a stretch over which the marks stay the same
     * (one look-up and one comparison of open marks per run, not per character).
     */
    private void text(Text node, NodeRendererContext context, HtmlWriter html) {
        BasedSequence chars = node.getChars();
        int base = chars.getStartOffset();
        String plain;
        ReplacedTextMapper mapper = null; // null: the text is the source as it is, offset = base + index
        if (chars.indexOfAny(ESCAPES) < 0) {
            plain = chars.toString();
        } else {
            mapper = new ReplacedTextMapper(chars);
            plain = Escaping.unescape(chars, mapper).toString();
        }
        boolean inLink = node.getAncestorOfType(Link.class, LinkRef.class, AutoLink.class, MailLink.class) != null;
        StringBuilder out = new StringBuilder(plain.length() + 64);
        List<Mark> open = new ArrayList<>();
        int n = plain.length();
        int i = 0;
        while (i < n) {
            int offset = mapper == null ? base + i : base + mapper.originalOffset(i);
            Marks.Span span = marks.span(offset);
            reconcile(out, open, inLink ? withoutMentions(span.marks()) : span.marks());
            int end;
            if (mapper == null) {
                end = Math.min(n, span.to() - base); // to is past offset, so the run is never empty
            } else {
                end = i + 1;
                while (end < n && span.covers(base + mapper.originalOffset(end))) {
                    end++;
                }
            }
            appendText(out, plain, i, end);
            i = end;
        }
        closeDownTo(out, open, 0);
        html.raw(out);
    }

    /** Characters after which Flexmark's text is not the source as it is: escapes and character references. */
    private static final CharPredicate ESCAPES = CharPredicate.anyOf('\\', '&');

    /** Closes the open marks that {@code want} does not continue and opens the rest of {@code want}. */
    private void reconcile(StringBuilder out, List<Mark> open, List<Mark> want) {
        int same = 0;
        while (same < open.size() && same < want.size() && open.get(same) == want.get(same)) {
            same++;
        }
        closeDownTo(out, open, same);
        for (int k = same; k < want.size(); k++) {
            openMark(out, want.get(k));
            open.add(want.get(k));
        }
    }

    private static List<Mark> withoutMentions(List<Mark> marks) {
        List<Mark> out = new ArrayList<>(marks.size());
        for (Mark m : marks) {
            if (m.layer() != Mark.Layer.MENTION) {
                out.add(m);
            }
        }
        return out;
    }

    private static void appendText(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            Html.append(out, c == '\r' ? '\n' : c);
        }
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
