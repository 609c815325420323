package io.sitrep.render;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.html.Attribute;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes Flexmark's HTML safe by construction when the article's raw HTML is escaped (the
 * default), so that {@link BodySanitizer}'s parse and clean is not needed: the sanitizer finds
 * nothing to change in what comes out. Two differences from the sanitizer's result, both on the
 * safe side: a target is also refused when hiding characters inside it make a scheme
 * ({@link #isSafeHref}), and an image inside a link is not a second link.
 *
 * <p>With raw HTML escaped, every element and attribute comes from a Flexmark renderer, never
 * from the article. Those renderers write only the elements the sanitizer allows (paragraphs,
 * headings, lists, quotes, code, tables, links, footnotes, images) and pass every attribute they
 * write through the {@link #attributes() attribute provider}, which keeps only
 * <ul>
 * <li>{@code href} that is http, https, mailto, ftp (which the sanitizer keeps too), relative or a
 *     {@code #fragment}: a link to anything else keeps its text and loses its target;</li>
 * <li>{@code id} that the footnotes extension numbers itself ({@code fn-2}, {@code fnref-2-1}):
 *     an article cannot bring its own id (heading ids are not rendered);</li>
 * <li>{@code class}, {@code title} and {@code start}, which Flexmark escapes.</li>
 * </ul>
 * Images become what the sanitizer makes of them ({@link #images()}): nothing loads from
 * another host.
 */
final class SafeMarkup {

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "ftp");
    private static final Set<String> PLAIN_ATTRIBUTES = Set.of("class", "title", "start");
    private static final Pattern FOOTNOTE_ID = Pattern.compile("fn(?:ref)?-\\d+(?:-\\d+)*");

    private SafeMarkup() {
    }

    /**
     * Whether a link target is safe to keep. It is read twice, and both readings must be safe: as
     * a browser reads it (tabs and line breaks anywhere removed, C0 controls and spaces trimmed),
     * and with every space, control and invisible character removed, so that no way of hiding a
     * {@code javascript:} behind them can pass.
     */
    static boolean isSafeHref(String url) {
        return hasSafeScheme(asBrowserReads(url)) && hasSafeScheme(squeezed(url));
    }

    /** True when {@code url} has no scheme (a relative link or a fragment) or a safe one. */
    private static boolean hasSafeScheme(String url) {
        if (url.isEmpty() || !isAsciiLetter(url.charAt(0))) {
            return true; // "/x", "#s1", "../people/x.html": no scheme
        }
        for (int i = 1; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return SAFE_SCHEMES.contains(url.substring(0, i).toLowerCase(Locale.ROOT));
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return true; // "a/b:c", "x?y:z": the colon is not a scheme's
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The URL as the WHATWG URL parser starts reading it. */
    private static String asBrowserReads(String url) {
        int from = 0;
        int to = url.length();
        while (from < to && url.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && url.charAt(to - 1) <= ' ') {
            to--;
        }
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = url.charAt(i);
            if (c != '\t' && c != '\n' && c != '\r') {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String squeezed(String url) {
        StringBuilder b = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            int type = Character.getType(c);
            if (!Character.isWhitespace(c) && !Character.isISOControl(c) && !Character.isSpaceChar(c)
                    && type != Character.FORMAT) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The provider that filters every attribute Flexmark writes (see the class comment). */
    static IndependentAttributeProviderFactory attributes() {
        return new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return (node, part, attributes) -> keepSafe(attributes);
            }
        };
    }

    private static void keepSafe(MutableAttributes attributes) {
        List<String> drop = new ArrayList<>();
        for (String name : attributes.keySet()) {
            String value = attributes.getValue(name);
            boolean keep = switch (name) {
                case "href" -> isSafeHref(value);
                case "id" -> FOOTNOTE_ID.matcher(value).matches();
                case Attribute.LINK_STATUS_ATTR -> true; // Flexmark's own note, never written
                default -> PLAIN_ATTRIBUTES.contains(name); // not align (obsolete), src, or anything new
            };
            if (!keep) {
                drop.add(name);
            }
        }
        drop.forEach(attributes::remove);
    }

    /** Renders images as the sanitizer rewrites them; see {@link #imageLink}. */
    static NodeRenderer images() {
        return new NodeRenderer() {
            @Override
            public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
                return Set.of(new NodeRenderingHandler<>(Image.class, SafeMarkup::image),
                        new NodeRenderingHandler<>(ImageRef.class, SafeMarkup::imageRef));
            }
        };
    }

    private static void image(Image node, NodeRendererContext context, HtmlWriter html) {
        String url = node.getUrl().unescape();
        if (CoreNodeRenderer.isSuppressedLinkPrefix(node.getUrl(), context)) {
            return; // Flexmark renders no image for a javascript: URL; nor did the sanitizer then
        }
        html.raw(imageLink(url, altText(node), insideLink(node)));
    }

    private static void imageRef(ImageRef node, NodeRendererContext context, HtmlWriter html) {
        Reference reference = node.isDefined() ? node.getReferenceNode(Parser.REFERENCES.get(node.getDocument())) : null;
        if (reference == null) {
            context.delegateRender(); // no such reference: Flexmark writes the text as it is
            return;
        }
        String url = reference.getUrl().unescape();
        if (CoreNodeRenderer.isSuppressedLinkPrefix(url, context)) {
            return;
        }
        html.raw(imageLink(url, altText(node), insideLink(node)));
    }

    /** Whether {@code node} is inside something Flexmark renders as a link. */
    private static boolean insideLink(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Link || (p instanceof LinkRef ref && ref.isDefined())) {
                return true;
            }
        }
        return false;
    }

    private static String altText(Node image) {
        String alt = new TextCollectingVisitor().collectAndGetText(image);
        return alt.isBlank() ? "image" : alt;
    }

    /**
     * An image as the sanitizer writes it: a link to an http(s) image, which the reader may
     * follow, or a note for any other (the content folder's image files are not part of the site).
     * Inside a link it is the link's text: a link in a link is not HTML.
     */
    static String imageLink(String src, String alt, boolean inLink) {
        String url = src.strip();
        String lower = url.toLowerCase(Locale.ROOT);
        boolean remote = lower.startsWith("http://") || lower.startsWith("https://");
        if (remote && !inLink) {
            return "<a href=\"" + Html.attr(url) + "\" class=\"image-link\">" + Html.attr("Image: " + alt) + "</a>";
        }
        if (remote) {
            return "<span class=\"image-link\">" + Html.attr("Image: " + alt) + "</span>";
        }
        return "<span class=\"image-missing\">" + Html.attr("[Image: " + alt + "]") + "</span>";
    }
}
