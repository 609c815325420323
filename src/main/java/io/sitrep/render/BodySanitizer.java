package io.sitrep.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The last gate between article text and a page: keeps the markup Markdown produces and the
 * marks sitrep adds, and drops everything else (scripts, styles, event handlers, iframes,
 * {@code javascript:} links), whether it came from raw HTML or a trick in the Markdown.
 * Images become links: the site loads nothing from other hosts, and the content folder's
 * image files are not part of the site.
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

    String clean(String bodyHtml) {
        Document dirty = Jsoup.parseBodyFragment(bodyHtml, BASE);
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
        clean.outputSettings().prettyPrint(false).charset("UTF-8");
        return clean.body().html();
    }
}
