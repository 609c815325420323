package io.sitrep.importer;

import java.time.LocalDate;

/**
 * An article turned from plain text or HTML into what a content file holds.
 *
 * @param title the headline
 * @param date  the publication date, or null when the input does not say it
 * @param url   the original's address, or null
 * @param body  the body as Markdown
 */
public record ImportedArticle(String title, LocalDate date, String url, String author, String body) {
}
