package io.sitrep.render;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Renders Flexmark's {@code Text} nodes with the {@link Marks} of an article inserted from the
 * source offsets every node carries. Marks that run across several text nodes (a sentence with
 * a link in it) are closed at the end of each node and reopened in the next, so the HTML always
 * nests; a mark's {@code id} goes on its first piece. No mention link is put inside a link.
 * One instance per article and rendering: it remembers the ids and texts it wrote.
 */
final class MarkingRenderer implements NodeRenderer {

    /** Stands around a slot's number in Flexmark's output; a noncharacter, so an article rarely has one. */
    static final char SLOT = '\uFFFF';

    private final Marks marks;
    private final String idAttr;
    private final Set<String> emitted = new HashSet<>();
    /** Marked texts handed to Flexmark as numbered slots, or null to hand them over as they are. */
    private final List<CharSequence> slots;

    /**
     * @param idAttr    the attribute the ids are written as: {@code id}, or a name for the sanitizer to trust
     * @param withSlots write marked text into slots, filled in by {@link #fillIn} after rendering
     */
    MarkingRenderer(Marks marks, String idAttr, boolean withSlots) {
        this.marks = marks;
        this.idAttr = idAttr;
        this.slots = withSlots ? new ArrayList<>() : null;
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

    /** Writes the node's text with its marks ({@link #marked}). */
    private void text(Text node, NodeRendererContext context, HtmlWriter html) {
        write(html, marked(TextSlot.of(node)));
    }

    /**
     * The text of one {@code Text} node with its marks, run by run: a run is a stretch over which
     * the marks stay the same (one look-up and one comparison of open marks per run, not per
     * character). Also used by {@link BodySkeleton}, which keeps the nodes' slots from the
     * loader's parse; the ids written are remembered either way.
     */
    StringBuilder marked(TextSlot slot) {
        String plain = slot.plain();
        int base = slot.base();
        int[] original = slot.original(); // null: the text is the source as it is, offset = base + index
        StringBuilder out = new StringBuilder(plain.length() + 64);
        List<Mark> open = new ArrayList<>();
        int n = plain.length();
        int i = 0;
        while (i < n) {
            int offset = original == null ? base + i : base + original[i];
            Marks.Span span = marks.span(offset);
            reconcile(out, open, slot.inLink() ? withoutMentions(span.marks()) : span.marks());
            int end;
            if (original == null) {
                end = Math.min(n, span.to() - base); // to is past offset, so the run is never empty
            } else {
                end = i + 1;
                while (end < n && span.covers(base + original[end])) {
                    end++;
                }
            }
            appendText(out, plain, i, end);
            i = end;
        }
        closeDownTo(out, open, 0);
        return out;
    }

    /** What stands for slot {@code k} in Flexmark's output. */
    static String slot(int k) {
        return SLOT + Integer.toString(k) + SLOT;
    }

    /**
     * Whether marked text goes to Flexmark's writer as it is rather than through a slot: text the
     * writer would change (a leading space, a line break) or nothing at all.
     */
    static boolean writtenAsIs(StringBuilder out) {
        return out.isEmpty() || out.charAt(0) == ' ' || out.charAt(0) == '\t' || out.indexOf("\n") >= 0;
    }

    /**
     * Hands marked text to Flexmark's writer, which looks at every character it gets (it tracks
     * lines and trims their leading spaces): that was 40 % of writing an article's text. A slot
     * of a few characters goes through it instead. Text the writer would change (a leading space,
     * a line break) is written as it is.
     */
    private void write(HtmlWriter html, StringBuilder out) {
        if (slots == null || writtenAsIs(out)) {
            html.raw(out);
        } else {
            html.raw(slot(slots.size()));
            slots.add(out);
        }
    }

    /**
     * Flexmark's output with every slot replaced by its text, or null when the output does not
     * hold each slot exactly once and no other {@code U+FFFF} (the article wrote one where
     * Flexmark copies it, in a title or code): then render again without slots.
     */
    String fillIn(String rendered) {
        if (slots == null) {
            return rendered;
        }
        StringBuilder b = new StringBuilder(rendered.length() + 64 * slots.size());
        BitSet filled = new BitSet(slots.size());
        int at = 0;
        for (int open = rendered.indexOf(SLOT); open >= 0; open = rendered.indexOf(SLOT, at)) {
            int close = rendered.indexOf(SLOT, open + 1);
            int slot = close < 0 ? -1 : slotNumber(rendered, open + 1, close);
            if (slot < 0 || slot >= slots.size() || filled.get(slot)) {
                return null;
            }
            filled.set(slot);
            b.append(rendered, at, open).append(slots.get(slot));
            at = close + 1;
        }
        return filled.cardinality() == slots.size() ? b.append(rendered, at, rendered.length()).toString() : null;
    }

    private static int slotNumber(String s, int from, int to) {
        if (to == from || to - from > 9) {
            return -1;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

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
