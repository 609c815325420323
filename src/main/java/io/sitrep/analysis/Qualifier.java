package io.sitrep.analysis;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How exact a reported number is (SPEC {@code figures.json} {@code qualifier}). */
public enum Qualifier {
    EXACT, AT_LEAST, MORE_THAN, ABOUT, UP_TO, RANGE, VAGUE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Qualifier of(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT));
    }
}
