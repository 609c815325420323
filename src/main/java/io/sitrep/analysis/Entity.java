package io.sitrep.analysis;

import java.util.List;

/**
 * One entry of the names dictionary ({@code content/entities.yaml}).
 *
 * @param id          the slug of its page, unique across all types
 * @param name        canonical name
 * @param type        person, place, organization or country
 * @param aliases     other surface forms that name it (matched folding case and diacritics)
 * @param standsFor   words that stand for it as an actor without naming it as such
 *                    ("Ankara", "the regime" for a country): used to resolve actors and
 *                    speakers, not counted as mentions of this entity
 * @param affiliation for people and organizations: the actor they belong to (an entity name)
 * @param lat         for places: latitude, or null
 * @param lon         for places: longitude, or null
 */
public record Entity(
        String id,
        String name,
        EntityType type,
        List<String> aliases,
        List<String> standsFor,
        String affiliation,
        Double lat,
        Double lon) {

    public Entity {
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        standsFor = List.copyOf(standsFor == null ? List.of() : standsFor);
    }

    /** Site path of its page, relative to the root. */
    public String pagePath() {
        return type.folder() + "/" + id + ".html";
    }
}
