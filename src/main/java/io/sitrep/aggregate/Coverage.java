package io.sitrep.aggregate;

import java.time.LocalDate;
import java.util.SortedMap;

/** Articles per day, by source: {@code day → source → count}. */
public record Coverage(SortedMap<LocalDate, SortedMap<String, Integer>> perDay) {
}
