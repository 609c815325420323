package io.sitrep.importer;

import com.vladsch.flexmark.html2md.converter.FlexmarkHtmlConverter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a saved web page: the headline from {@code <h1>} (else {@code <title>}), the date from
 * {@code article:published_time} or {@code <time datetime>}, the body from {@code <article>}
 * (else {@code <main>}, else {@code <body>}) without page chrome (navigation, share buttons,
 * "related" and "You might also like" blocks, scripts, forms), converted to Markdown by
 * Flexmark's HTML converter.
 */
final class HtmlArticle {

    /** Elements that are page chrome wherever they are. */
    private static final String CHROME = "script, style, noscript, template, iframe, form, button, nav, header, footer, "
            + "aside, svg, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true]";
    /** Class or id words of chrome blocks: share bars, related links, newsletters, ads. */
    private static final Pattern CHROME_NAME = Pattern.compile(
            "(?i)(^|[-_\\s])(share|sharing|social|related|recommended|newsletter|subscribe|advert|ads?|promo|"
                    + "breadcrumbs?|comments?|tags|byline-share|more-stories|read-more)([-_\\s]|$)");
    /** Headings that open a block of links to other articles. */
    private static final Pattern CHROME_HEADING = Pattern.compile(
            "(?i)\\s*(you might also like|you may also like|related( articles| stories| news)?|read more|more stories|"
                    + "most read|recommended|share this( article)?|follow us.*)\\s*:?\\s*");

    private HtmlArticle() {
    }

    static ImportedArticle read(String html) {
        Document doc = Jsoup.parse(html);
        Element h1 = doc.selectFirst("article h1, main h1, h1");
        String title = h1 != null && !h1.text().isBlank() ? h1.text().strip() : doc.title().strip();
        LocalDate date = date(doc);
        String url = attr(doc, "link[rel=canonical]", "href", "meta[property=og:url]", "content");
        String author = attr(doc, "meta[name=author]", "content", "meta[property=article:author]", "content");
        Element body = doc.selectFirst("article");
        if (body == null) {
            body = doc.selectFirst("main");
        }
        if (body == null) {
            body = doc.body();
        }
        body = body.clone();
        body.select(CHROME).remove();
        for (Element e : body.select("[class], [id]")) {
            if (e.parent() != null && (CHROME_NAME.matcher(e.className()).find() || CHROME_NAME.matcher(e.id()).find())) {
                e.remove();
            }
        }
        for (Element heading : body.select("h2, h3, h4, h5, h6, p, strong")) {
            if (heading.parent() != null && CHROME_HEADING.matcher(heading.text()).matches()) {
                removeFrom(heading);
            }
        }
        body.select("h1").remove(); // the headline is the title
        String markdown = FlexmarkHtmlConverter.builder(new com.vladsch.flexmark.util.data.MutableDataSet()
                .set(FlexmarkHtmlConverter.SETEXT_HEADINGS, false)) // "## Reaction", as people write it
                .build().convert(body.html()).strip();
        return new ImportedArticle(title, date, url, author, markdown.replaceAll("\n{3,}", "\n\n") + "\n");
    }

    /** Removes a "You might also like" heading and the rest of its block (the links it introduces). */
    private static void removeFrom(Element heading) {
        Element block = heading;
        while (block.parent() != null && block.parent().children().size() == 1 && !block.parent().tagName().equals("body")
                && !block.parent().tagName().equals("article")) {
            block = block.parent();
        }
        Element next = block.nextElementSibling();
        while (next != null && !next.tagName().matches("h[1-6]")) {
            Element after = next.nextElementSibling();
            next.remove();
            next = after;
        }
        block.remove();
    }

    private static LocalDate date(Document doc) {
        String text = attr(doc, "meta[property=article:published_time]", "content", "time[datetime]", "datetime");
        if (text == null) {
            text = attr(doc, "meta[name=date]", "content", "meta[itemprop=datePublished]", "content");
        }
        return text == null ? null : parseDate(text);
    }

    static LocalDate parseDate(String text) {
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toLocalDate();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t);
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private static String attr(Document doc, String query, String attribute, String fallback, String fallbackAttribute) {
        Element e = doc.selectFirst(query);
        if (e != null && !e.attr(attribute).isBlank()) {
            return e.attr(attribute).strip();
        }
        e = doc.selectFirst(fallback);
        return e != null && !e.attr(fallbackAttribute).isBlank() ? e.attr(fallbackAttribute).strip() : null;
    }

    static boolean looksLikeHtml(String fileName, String text) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return true;
        }
        String start = text.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html");
    }
}
