package io.sitrep.analysis;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a figure counts (SPEC {@code figures.json} {@code measure}). */
public enum Measure {
    KILLED, WOUNDED, CASUALTIES, DISPLACED, REFUGEES, TROOPS, POSTS, STRIKES, MONEY, POPULATION, OTHER;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Measure of(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT));
    }
}
