package io.sitrep.analysis;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How exact a reported number is (SPEC {@code figures.json} {@code qualifier}). */
public enum Qualifier {
    EXACT, AT_LEAST, MORE_THAN, ABOUT, UP_TO, RANGE, VAGUE;

    /** Made once: lower-casing the name on every call was 1 % of a rebuild at 10,000 articles. */
    private final String id = name().toLowerCase(Locale.ROOT);

    @JsonValue
    public String id() {
        return id;
    }

    public static Qualifier of(String id) {
        return valueOf(id.strip().toUpperCase(Locale.ROOT));
    }
}
