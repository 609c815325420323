package io.sitrep.content;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.ReplacedTextMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a parsed Markdown document into {@link PlainText}: the prose of paragraphs, headings,
 * list items and table cells, with markup removed and every character mapped back to its
 * offset in the source file. Code blocks, raw HTML and images are not prose and are left out.
 */
public final class PlainTextExtractor {

    private PlainTextExtractor() {
    }

    public static PlainText extract(Node document) {
        Builder out = new Builder();
        walkBlocks(document, out);
        return out.build();
    }

    private static void walkBlocks(Node node, Builder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof YamlFrontMatterBlock) {
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
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                out.appendSpace(n.getStartOffset());
            } else if (n instanceof HtmlInline || n instanceof Image || n instanceof ImageRef
                    || n instanceof Footnote) {
                // not prose
            } else if (n.hasChildren()) {
                appendInline(n, out);
            } else if (n.getChars().length() > 0 && !(n instanceof com.vladsch.flexmark.util.ast.BlankLine)) {
                out.appendUnescaped(n.getChars());
            }
        }
    }

    /** Collects characters and their source offsets; blocks are joined by a blank line. */
    private static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] offsets = new int[256];
        private final List<TextBlock> blocks = new ArrayList<>();
        private int blockStart = -1;
        private BlockKind blockKind;
        private int lastSource;

        void startBlock(BlockKind kind) {
            if (!blocks.isEmpty()) {
                put('\n', lastSource);
                put('\n', lastSource);
            }
            blockStart = text.length();
            blockKind = kind;
        }

        void endBlock() {
            // trim trailing spaces inside the block
            int end = text.length();
            while (end > blockStart && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            text.setLength(end);
            if (end > blockStart) {
                blocks.add(new TextBlock(blockKind, blockStart, end));
            } else if (!blocks.isEmpty()) {
                // empty block: remove the separator added for it
                text.setLength(Math.max(blocks.get(blocks.size() - 1).end(), 0));
            }
        }

        void appendUnescaped(BasedSequence chars) {
            ReplacedTextMapper mapper = new ReplacedTextMapper(chars);
            BasedSequence plain = Escaping.unescape(chars, mapper);
            for (int i = 0; i < plain.length(); i++) {
                put(plain.charAt(i), chars.getStartOffset() + mapper.originalOffset(i));
            }
            lastSource = chars.getEndOffset();
        }

        void appendVerbatim(BasedSequence chars) {
            for (int i = 0; i < chars.length(); i++) {
                put(chars.charAt(i), chars.getStartOffset() + i);
            }
            lastSource = chars.getEndOffset();
        }

        void appendSpace(int sourceOffset) {
            if (text.length() > blockStart && text.charAt(text.length() - 1) != ' ') {
                put(' ', sourceOffset);
            }
        }

        private void put(char c, int source) {
            if (text.length() + 2 > offsets.length) {
                offsets = java.util.Arrays.copyOf(offsets, offsets.length * 2);
            }
            offsets[text.length()] = source;
            text.append(c);
            lastSource = source + 1;
        }

        PlainText build() {
            int n = text.length();
            int[] map = java.util.Arrays.copyOf(offsets, n + 1);
            map[n] = n == 0 ? 0 : offsets[n - 1] + 1;
            return new PlainText(text.toString(), map, blocks);
        }
    }

    /** Plain text of any node, without offsets (titles, captions). */
    public static String textOf(Node node) {
        return new TextCollectingVisitor().collectAndGetText(node);
    }
}
