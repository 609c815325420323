package io.sitrep.analysis;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** SPEC's entity types. */
public enum EntityType {
    PERSON, PLACE, ORGANIZATION, COUNTRY;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The site folder of this type's pages: countries are places there. */
    public String folder() {
        return switch (this) {
            case PERSON -> "people";
            case PLACE, COUNTRY -> "places";
            case ORGANIZATION -> "organizations";
        };
    }

    public static EntityType of(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT));
    }
}
