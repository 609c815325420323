package io.sitrep.content;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything loaded from a content folder.
 *
 * @param root         the content folder
 * @param briefing     site settings
 * @param articles     the published articles (drafts only when asked), sorted newest first,
 *                     then by slug
 * @param entitiesFile {@code entities.yaml}, which may not exist
 */
public record Content(Path root, BriefingConfig briefing, List<Article> articles, Path entitiesFile) {

    public Content {
        articles = List.copyOf(articles);
    }
}
