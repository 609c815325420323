package io.sitrep.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads an article captured as plain text: the title is the first line (unless given), a line
 * that repeats it is dropped, each other line is a paragraph. Lines that are page chrome
 * ("You might also like", "Share this", "Related articles", an outlet's "… news" label) are
 * dropped; the text is escaped so that no character becomes Markdown markup by accident.
 */
final class TextArticle {

    private static final Pattern CHROME_LINE = Pattern.compile(
            "(?i)\\s*(you might also like|you may also like|related( articles| stories| news)?|read more|share( this)?"
                    + "( article)?|advertisement|follow us( on .*)?|sign up for .*newsletter.*|[\\p{L} ]{1,30} news)\\s*:?\\s*");
    /** Characters that Markdown could read as markup anywhere in a line. */
    private static final Pattern INLINE = Pattern.compile("([\\\\`*_\\[\\]<>|&])");
    /** Line starts that Markdown reads as a block: headings, lists, quotes, rules, numbered lists. */
    private static final Pattern BLOCK_START = Pattern.compile("^(\\s*)([#>+\\-=~])");
    /** "1. " or "1) " at a line start: the escape goes before the punctuation (a digit cannot be escaped). */
    private static final Pattern ORDERED_START = Pattern.compile("^(\\s*\\d{1,9})([.)])");

    private TextArticle() {
    }

    static ImportedArticle read(String text, String givenTitle) {
        List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().map(String::strip).toList();
        String title = givenTitle;
        List<String> paragraphs = new ArrayList<>();
        for (String line : lines) {
            if (line.isEmpty() || CHROME_LINE.matcher(line).matches()) {
                continue;
            }
            if (title == null) {
                title = line;
                continue;
            }
            if (line.equals(title) && paragraphs.isEmpty()) {
                continue; // the headline repeated as the first line of the body
            }
            paragraphs.add(escape(line));
        }
        return new ImportedArticle(title == null ? "" : title, null, null, null,
                String.join("\n\n", paragraphs) + "\n");
    }

    static String escape(String line) {
        String inline = INLINE.matcher(line).replaceAll("\\\\$1");
        String block = BLOCK_START.matcher(inline).replaceFirst("$1\\\\$2");
        return ORDERED_START.matcher(block).replaceFirst("$1\\\\$2");
    }
}
