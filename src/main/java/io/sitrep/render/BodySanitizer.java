package io.sitrep.render;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The last gate between article text and a page: keeps the markup Markdown produces and the
 * marks sitrep adds, and drops everything else (scripts, styles, event handlers, iframes,
 * {@code javascript:} links), whether it came from raw HTML or a trick in the Markdown.
 * Images become links: the site loads nothing from other hosts, and the content folder's
 * image files are not part of the site.
 *
 * <p>It also keeps the page valid and its ids unique: an {@code id} in the article's own HTML
 * could collide with the layout's ({@code main}) or a sentence's ({@code s1}) and break the
 * links to it, so only ids that sitrep wrote survive (they arrive in an attribute whose name the
 * caller keeps secret, see {@link #clean(String, String)}); and inline elements that ended up
 * around blocks (badly nested raw HTML, repaired by the HTML parser) are unwrapped, because
 * {@code <i><p>} is not valid HTML.
 *
 * <p>Needed only when the briefing keeps the articles' raw HTML: when it escapes it, Flexmark's
 * output is already what this class would keep ({@link SafeMarkup}).
 */
final class BodySanitizer {

    /** A base for resolving relative links while cleaning; it never appears in the output. */
    private static final String BASE = "https://sitrep.invalid/articles/";

    private final Cleaner cleaner = new Cleaner(Safelist.relaxed()
            .removeTags("img")
            .addTags("span", "mark", "time", "q", "abbr", "del", "s", "hr", "section")
            .addAttributes(":all", "id", "class", "title", "lang", "dir")
            .addAttributes("time", "datetime")
            .addAttributes("a", "rel")
            .addProtocols("a", "href", "http", "https", "mailto", "#")
            .preserveRelativeLinks(true));

    /** Phrasing elements that must not hold blocks, and the blocks they must not hold. */
    private static final String INLINE = "b, i, em, strong, span, mark, q, abbr, del, s, code, sub, sup, small,"
            + " u, time, cite, kbd, var, samp, strike, dfn, bdi, bdo, tt, big";
    private static final String BLOCK = "p, div, ul, ol, li, dl, dt, dd, table, blockquote, pre, h1, h2, h3, h4,"
            + " h5, h6, hr, section, figure, details, summary";
    private static final Evaluator INLINE_QUERY = QueryParser.parse(INLINE);
    private static final Evaluator BLOCK_QUERY = QueryParser.parse(BLOCK);

    /** Cleans HTML whose ids are all trusted (ids sitrep wrote itself). */
    String clean(String bodyHtml) {
        return clean(bodyHtml, null);
    }

    /**
     * Cleans an article body in which sitrep wrote its own ids as {@code trustedIdAttribute}
     * (a name the article cannot guess); every plain {@code id} comes from the article and is dropped.
     */
    String clean(String bodyHtml, String trustedIdAttribute) {
        Document dirty = Jsoup.parseBodyFragment(bodyHtml, BASE);
        if (trustedIdAttribute != null) {
            for (Element e : dirty.body().getAllElements()) {
                e.removeAttr("id");
                if (e.hasAttr(trustedIdAttribute)) {
                    e.attr("id", e.attr(trustedIdAttribute));
                    e.removeAttr(trustedIdAttribute);
                }
            }
        }
        for (Element img : dirty.select("img")) {
            String alt = img.attr("alt").isBlank() ? "image" : img.attr("alt");
            String src = img.attr("src").strip();
            String lower = src.toLowerCase(java.util.Locale.ROOT);
            Element replacement = lower.startsWith("http://") || lower.startsWith("https://")
                    ? new Element("a").attr("href", src).addClass("image-link").text("Image: " + alt)
                    : new Element("span").addClass("image-missing").text("[Image: " + alt + "]");
            img.replaceWith(replacement);
        }
        Document clean = cleaner.clean(dirty);
        unwrapInlinesAroundBlocks(clean);
        clean.outputSettings().prettyPrint(false).charset("UTF-8");
        return clean.body().html();
    }

    /**
     * Unwraps every inline element that holds a block. Found from the blocks up (a page has a
     * few dozen blocks but hundreds of marks, and a selector per mark was a third of the render).
     * Unwrapping keeps the children, so no other inline starts or stops holding a block: the
     * order does not matter.
     */
    private static void unwrapInlinesAroundBlocks(Document doc) {
        Element body = doc.body();
        Set<Element> around = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element block : body.select(BLOCK_QUERY)) {
            for (Element p = block.parent(); p != null && p != body; p = p.parent()) {
                if (p.is(INLINE_QUERY)) {
                    around.add(p);
                }
            }
        }
        around.forEach(Element::unwrap);
    }
}
