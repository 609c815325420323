package io.sitrep.analysis;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who acts, from the dictionary: the entity a stand-in word points to ("Ankara", "Turkish",
 * "the regime"), the entity a name or alias names, and the actor an entity belongs to (its
 * affiliation, or for a place the country it stands for). Built once per dictionary.
 */
final class Actors {

    private final Map<String, Entity> byId = new HashMap<>();
    private final Map<String, Entity> standsFor = new HashMap<>();
    private final Map<String, Entity> named = new HashMap<>();
    /** Per entity id, computed once: the speaker a mention of it stands for, and its actors. */
    private final Map<String, Speaker> speakers = new HashMap<>();
    private final Map<String, Set<String>> actorIds = new HashMap<>();

    Actors(Dictionary dictionary) {
        for (Entity e : dictionary.entities()) {
            byId.put(e.id(), e);
            named.putIfAbsent(TextFold.key(e.name()), e);
            e.aliases().forEach(a -> named.putIfAbsent(TextFold.key(a), e));
            e.standsFor().forEach(s -> standsFor.putIfAbsent(TextFold.key(s), e));
        }
        for (Entity e : dictionary.entities()) {
            Speaker s = computeSpeaker(e);
            if (s != null) {
                speakers.put(e.id(), s);
            }
            actorIds.put(e.id(), Set.copyOf(computeActorIds(e)));
        }
    }

    Entity byId(String id) {
        return id == null ? null : byId.get(id);
    }

    /** The entity that words stand for, with or without a leading "the"; null if none. */
    Entity standsFor(String words) {
        String key = TextFold.key(words);
        Entity e = standsFor.get(key);
        if (e == null && key.startsWith("the ")) {
            e = standsFor.get(key.substring(4));
        }
        return e;
    }

    /** The entity with this name or alias; null if none. */
    Entity named(String name) {
        return name == null ? null : named.get(TextFold.key(name));
    }

    /**
     * The speaker an entity mention stands for: itself, except a place, which speaks only for
     * the country it stands for ("Moscow said" → Russia); null for a place that stands for none.
     */
    Speaker speakerFor(Entity e) {
        return speakers.get(e.id());
    }

    private Speaker computeSpeaker(Entity e) {
        if (e.type() != EntityType.PLACE) {
            return Speaker.of(e);
        }
        Entity actor = standsFor(e.name());
        return actor == null ? null : Speaker.of(actor);
    }

    /** The ids of the actors an entity belongs to: itself, its affiliation, what it stands for. */
    Set<String> actorIds(Entity e) {
        return actorIds.getOrDefault(e.id(), Set.of());
    }

    private Set<String> computeActorIds(Entity e) {
        Set<String> out = new LinkedHashSet<>();
        out.add(e.id());
        Entity affiliation = named(e.affiliation());
        if (affiliation != null) {
            out.add(affiliation.id());
        }
        Entity stands = standsFor(e.name());
        if (stands != null) {
            out.add(stands.id());
        }
        return out;
    }
}
