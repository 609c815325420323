package io.sitrep.analysis;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How precise a resolved date is. */
public enum Precision {
    DAY, MONTH, YEAR;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
