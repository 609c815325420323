package io.sitrep.aggregate;

import io.sitrep.analysis.Entity;
import java.time.LocalDate;
import java.util.SortedMap;

/**
 * How often an entity is mentioned, where, when and with whom.
 *
 * @param mentions   total mentions across articles
 * @param perArticle mentions by article slug
 * @param perDay     mentions by article date
 * @param coMentions number of sentences shared with each other entity, by entity id
 * @param quotes     number of quotes it is the speaker of
 */
public record EntityStats(Entity entity, int mentions, SortedMap<String, Integer> perArticle,
                          SortedMap<LocalDate, Integer> perDay, SortedMap<String, Integer> coMentions, int quotes) {
}
