package io.sitrep.content;

import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Flexmark's {@link AutolinkExtension} (bare {@code https://...}, {@code www....} and e-mail
 * addresses become links), run only on text that could hold such a link.
 *
 * <p>Flexmark's post-processor unescapes every text node and scans it twice (a link extractor
 * and a regular expression), which was 60 % of a whole parse of a news article, where few text
 * nodes hold a link. Every link it makes needs {@code ://} (URLs, and the bare scheme it also
 * links), {@code www.} or {@code @} in the unescaped text; an escape ({@code \:}) or a character
 * reference ({@code &#64;}) can only make one of those if the raw text has {@code \} or
 * {@code &}. A text node with none of these, and not followed by a node the post-processor
 * reads with it ({@link #joinsTheNextNode}), is left as the post-processor would leave it, so
 * the document is the same as with {@link AutolinkExtension}.
 */
public final class PrefilteredAutolinkExtension implements Parser.ParserExtension {

    private PrefilteredAutolinkExtension() {
    }

    public static PrefilteredAutolinkExtension create() {
        return new PrefilteredAutolinkExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
        // AutolinkExtension sets none either; its IGNORE_LINKS option is read by the wrapped processor
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** Whether the autolink post-processor could find a link in {@code text} (raw, escapes included). */
    static boolean mayHoldLink(CharSequence text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '@', '&', '\\' -> {
                    return true;
                }
                case ':' -> {
                    if (i + 2 < n && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
                        return true;
                    }
                }
                case '.' -> {
                    if (i >= 3 && isW(text.charAt(i - 1)) && isW(text.charAt(i - 2)) && isW(text.charAt(i - 3))) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    /**
     * Whether Flexmark's post-processor reads the nodes after {@code node} too: it joins a text
     * node with the character references ({@code &amp;}) and typographic nodes that follow it
     * (and the text after them), so a link can start in this node and end after them.
     */
    static boolean joinsTheNextNode(Node node) {
        Node next = node.getNext();
        return next instanceof HtmlEntity || next instanceof TypographicText;
    }

    private static boolean isW(char c) {
        return c == 'w' || c == 'W';
    }

    private static final class Factory extends NodePostProcessorFactory {

        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            NodePostProcessor autolink = new AutolinkNodePostProcessor(document);
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    if (mayHoldLink(node.getChars()) || joinsTheNextNode(node)) {
                        autolink.process(state, node);
                    }
                }
            };
        }
    }
}
