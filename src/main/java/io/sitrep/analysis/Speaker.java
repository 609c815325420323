package io.sitrep.analysis;

/**
 * Who says something: a dictionary entity ({@code id} set), a name found without the
 * dictionary, or a description as written ("the foreign ministers"), whose type is null.
 */
record Speaker(String id, String name, EntityType type) {

    static Speaker of(Entity e) {
        return new Speaker(e.id(), e.name(), e.type());
    }

    boolean isPerson() {
        return type == EntityType.PERSON;
    }
}
