package io.sitrep.analysis;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The names dictionary: every known entity, sorted by id.
 *
 * @param fingerprint a digest of the dictionary's content; part of every analysis cache key
 */
public record Dictionary(List<Entity> entities, String fingerprint) {

    public Dictionary {
        entities = entities.stream().sorted(Comparator.comparing(Entity::id)).toList();
    }

    public static Dictionary empty() {
        return new Dictionary(List.of(), "empty");
    }

    public Optional<Entity> byId(String id) {
        return Optional.ofNullable(index().get(id));
    }

    public Map<String, Entity> index() {
        return entities.stream().collect(Collectors.toMap(Entity::id, Function.identity()));
    }
}
