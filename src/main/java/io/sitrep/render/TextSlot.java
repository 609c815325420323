package io.sitrep.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.misc.CharPredicate;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.ReplacedTextMapper;

/**
 * The text of one Flexmark {@code Text} node as {@link MarkingRenderer} marks it: the characters
 * shown, where each comes from in the source, and whether the node is inside a link (where no
 * mention becomes a second link).
 *
 * @param base     the source offset of the node's first character
 * @param plain    the text shown: the node's characters with escapes and character references replaced
 * @param original null when {@code plain} is the source as it is (character {@code i} at {@code
 *                 base + i}); otherwise the offset from {@code base} of each character's source
 * @param inLink   whether the node is inside a link
 */
record TextSlot(int base, String plain, int[] original, boolean inLink) {

    /** Characters after which Flexmark's text is not the source as it is: escapes and character references. */
    private static final CharPredicate ESCAPES = CharPredicate.anyOf('\\', '&');

    static TextSlot of(Text node) {
        BasedSequence chars = node.getChars();
        boolean inLink = node.getAncestorOfType(Link.class, LinkRef.class, AutoLink.class, MailLink.class) != null;
        if (chars.indexOfAny(ESCAPES) < 0) {
            return new TextSlot(chars.getStartOffset(), chars.toString(), null, inLink);
        }
        ReplacedTextMapper mapper = new ReplacedTextMapper(chars);
        String plain = Escaping.unescape(chars, mapper).toString();
        int[] original = new int[plain.length()];
        for (int i = 0; i < original.length; i++) {
            original[i] = mapper.originalOffset(i);
        }
        return new TextSlot(chars.getStartOffset(), plain, original, inLink);
    }
}
