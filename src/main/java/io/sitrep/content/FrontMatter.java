package io.sitrep.content;

import java.time.LocalDate;
import java.util.List;

/**
 * The validated front matter of one article (SPEC "Article format").
 *
 * @param date     the publication date (the date part of an ISO date-time)
 * @param dateText the date as written, kept for feeds that want the time of day
 */
public record FrontMatter(
        String title,
        LocalDate date,
        String dateText,
        String source,
        String url,
        String author,
        String summary,
        List<String> tags,
        String language,
        String slug,
        boolean draft,
        String image,
        String caption) {

    public FrontMatter {
        tags = List.copyOf(tags == null ? List.of() : tags);
        language = language == null || language.isBlank() ? "en" : language;
    }
}
