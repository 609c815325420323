package io.sitrep.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a parsed Markdown document into {@link PlainText}: the prose of paragraphs, headings,
 * list items and table cells, with markup removed and every character mapped back to its
 * offset in the source file. Code blocks, raw HTML, images and a table's {@code |---|} row are
 * not prose and are left out.
 *
 * <p>Every character of a block maps to the same character in the source, with three
 * exceptions: a line break inside a block becomes a space mapped to the source's {@code '\n'};
 * a character decoded from an entity ({@code &eacute;}) maps to the entity's {@code '&'}; the
 * {@code "\n\n"} between two blocks maps to the end of the first block (there may be no newline
 * in the source there, as between two cells of a table row). Offsets never decrease.
 */
public final class PlainTextExtractor {

    private static final Pattern ENTITY = Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    private PlainTextExtractor() {
    }

    public static PlainText extract(Node document) {
        Builder out = new Builder();
        walkBlocks(document, out);
        return out.build();
    }

    private static void walkBlocks(Node node, Builder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof YamlFrontMatterBlock || child instanceof TableSeparator) {
                continue;
            }
            if (child instanceof Paragraph || child instanceof Heading || child instanceof TableCell) {
                out.startBlock(kindOf(child));
                appendInline(child, out);
                out.endBlock();
            } else {
                walkBlocks(child, out);
            }
        }
    }

    private static BlockKind kindOf(Node block) {
        if (block instanceof Heading) {
            return BlockKind.HEADING;
        }
        if (block instanceof TableCell) {
            return BlockKind.TABLE_CELL;
        }
        for (Node p = block.getParent(); p != null; p = p.getParent()) {
            if (p instanceof BlockQuote) {
                return BlockKind.BLOCK_QUOTE;
            }
            if (p instanceof ListItem) {
                return BlockKind.LIST_ITEM;
            }
        }
        return BlockKind.PARAGRAPH;
    }

    private static void appendInline(Node parent, Builder out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Text) {
                out.appendUnescaped(n.getChars());
            } else if (n instanceof Code code) {
                out.appendVerbatim(code.getText());
            } else if (n instanceof AutoLink link) {
                out.appendVerbatim(link.getText());
            } else if (n instanceof MailLink link) {
                out.appendVerbatim(link.getText());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                out.appendSpace(n.getEndOffset() - 1); // the '\n' that ends the line
            } else if (n instanceof HtmlInline || n instanceof Image || n instanceof ImageRef
                    || n instanceof Footnote) {
                // not prose
            } else if (n instanceof RefNode ref && !ref.isDefined() && n.hasChildren()) {
                // "[in Idlib]", "Mr [Donald] Trump": brackets that define no link are the author's
                // text; keep what surrounds the parsed text ("[", "]" or "][ref]") as written
                BasedSequence all = n.getChars();
                out.appendUnescaped(all.baseSubSequence(n.getStartOffset(), n.getFirstChild().getStartOffset()));
                appendInline(n, out);
                out.appendUnescaped(all.baseSubSequence(n.getLastChild().getEndOffset(), n.getEndOffset()));
            } else if (n.hasChildren()) {
                appendInline(n, out);
            } else if (n.getChars().length() > 0 && !(n instanceof com.vladsch.flexmark.util.ast.BlankLine)) {
                out.appendUnescaped(n.getChars());
            }
        }
    }

    /**
     * Collects characters and their source offsets; blocks are joined by a blank line. Text and
     * offsets grow in arrays, and the characters of a node are read from a copy of the file's
     * characters: under the launcher's C1 JIT, {@code StringBuilder} and {@code String.charAt} on
     * UTF-16 text (any curly quote) cost several times an array access, and this loop sees every
     * character of every article.
     */
    private static final class Builder {
        private char[] text = new char[256];
        private int length;
        private int[] offsets = new int[256];
        private final List<TextBlock> blocks = new ArrayList<>();
        private int blockStart = -1;
        private BlockKind blockKind;
        private int lastSource;
        /** The last base text a node's characters came from, and its characters. */
        private CharSequence base;
        private char[] baseChars;

        void startBlock(BlockKind kind) {
            if (!blocks.isEmpty()) {
                put('\n', lastSource);
                put('\n', lastSource);
            }
            blockStart = length;
            blockKind = kind;
        }

        void endBlock() {
            // trim trailing spaces inside the block
            int end = length;
            while (end > blockStart && Character.isWhitespace(text[end - 1])) {
                end--;
            }
            length = end;
            if (end > blockStart) {
                blocks.add(new TextBlock(blockKind, blockStart, end));
            } else if (!blocks.isEmpty()) {
                // empty block: remove the separator added for it
                length = Math.max(blocks.get(blocks.size() - 1).end(), 0);
            }
        }

        /**
         * Appends text with CommonMark's backslash escapes and entities decoded. Written by hand
         * rather than with Flexmark's {@code Escaping.unescape} and {@code ReplacedTextMapper}
         * because that mapper loses the offsets after an entity (measured: in {@code &amp; \\*}
         * the star mapped to the space) and maps a numeric entity to its '#'.
         */
        void appendUnescaped(BasedSequence chars) {
            int n = chars.length();
            // A SubSequence is base[start, start + n): read the base's characters directly.
            char[] direct = chars instanceof SubSequence sub ? charsOf(sub.getBase()) : null;
            int start = direct != null ? chars.getStartOffset() : 0;
            for (int i = 0; i < n; i++) {
                char c = direct != null ? direct[start + i] : chars.charAt(i);
                if (c == '\\' && i + 1 < n) {
                    char next = direct != null ? direct[start + i + 1] : chars.charAt(i + 1);
                    if (isAsciiPunctuation(next)) {
                        put(next, direct != null ? start + i + 1 : chars.getIndexOffset(i + 1));
                        i++;
                        continue;
                    }
                }
                if (c == '&') {
                    Matcher m = ENTITY.matcher(chars).region(i, n);
                    if (m.lookingAt()) {
                        String decoded = Escaping.unescapeString(m.group());
                        if (!decoded.equals(m.group())) {
                            for (int k = 0; k < decoded.length(); k++) {
                                put(decoded.charAt(k), chars.getIndexOffset(i));
                            }
                            i = m.end() - 1;
                            continue;
                        }
                    }
                }
                // not start + i in general: a node's text may skip source characters
                put(c, direct != null ? start + i : chars.getIndexOffset(i));
            }
            lastSource = chars.getEndOffset();
        }

        private char[] charsOf(CharSequence sequence) {
            if (sequence != base) {
                base = sequence;
                baseChars = sequence.toString().toCharArray();
            }
            return baseChars;
        }

        private static boolean isAsciiPunctuation(char c) {
            return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
        }

        void appendVerbatim(BasedSequence chars) {
            for (int i = 0; i < chars.length(); i++) {
                char c = chars.charAt(i);
                if (c == '\n') {
                    appendSpace(chars.getIndexOffset(i)); // a code span's line break reads as a space
                } else if (c != '\r') {
                    put(c, chars.getIndexOffset(i));
                }
            }
            lastSource = chars.getEndOffset();
        }

        void appendSpace(int sourceOffset) {
            if (length > blockStart && text[length - 1] != ' ') {
                put(' ', sourceOffset);
            }
        }

        private void put(char c, int source) {
            if (c == ' ' && (length == blockStart || text[length - 1] == ' ')) {
                return; // no space at a block's start, one where markup (an image, raw HTML) sat between two
            }
            if (length + 2 > offsets.length) {
                offsets = java.util.Arrays.copyOf(offsets, offsets.length * 2);
                text = java.util.Arrays.copyOf(text, offsets.length);
            }
            offsets[length] = source;
            text[length++] = c;
            lastSource = source + 1;
        }

        PlainText build() {
            int[] map = java.util.Arrays.copyOf(offsets, length + 1);
            map[length] = length == 0 ? 0 : offsets[length - 1] + 1;
            return new PlainText(new String(text, 0, length), map, blocks);
        }
    }

    /** Plain text of any node, without offsets (titles, captions). */
    public static String textOf(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node);
    }
}
