package io.sitrep.aggregate;

import io.sitrep.analysis.Figure;
import io.sitrep.analysis.Measure;
import io.sitrep.content.Slugs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Groups claims into one series per measure and actor and picks each series' headline after
 * ACLED's practice: within the latest period (the {@link #PERIOD_DAYS} days up to the latest
 * report) take the lowest credible figure, show the range of that period's reports and their
 * sources, and never add cumulative tallies together.
 */
final class SeriesBuilder {

    /** Reports this many days apart or less belong to the same period. */
    static final int PERIOD_DAYS = 7;

    List<FigureSeries> build(List<Claim> claims) {
        Map<String, List<Claim>> byKey = new TreeMap<>();
        for (Claim c : claims) {
            byKey.computeIfAbsent(key(c.figure()), k -> new ArrayList<>()).add(c);
        }
        List<FigureSeries> out = new ArrayList<>();
        for (List<Claim> group : byKey.values()) {
            group.sort(Comparator.comparing((Claim c) -> c.figure().date())
                    .thenComparing(Claim::source).thenComparing(Claim::article)
                    .thenComparingInt(c -> c.figure().start()));
            Figure first = group.get(0).figure();
            String actor = first.actor() == null ? "unknown" : first.actor();
            out.add(series(first.measure(), actor, group));
        }
        out.sort(Comparator.comparing(FigureSeries::measure)
                .thenComparing(s -> -s.claims().size())
                .thenComparing(FigureSeries::actor));
        return out;
    }

    private static String key(Figure f) {
        return f.measure().ordinal() + "|" + Objects.requireNonNullElse(f.actor(), "unknown");
    }

    private static FigureSeries series(Measure measure, String actor, List<Claim> claims) {
        String id = measure.id() + "-" + Slugs.derive(actor);
        SortedMap<String, BigDecimal> bySource = new TreeMap<>();
        for (Claim c : claims) {
            BigDecimal v = credible(c.figure());
            if (v != null) {
                bySource.put(c.source(), v); // claims are in date order: the last one wins
            }
        }
        Headline headline = headline(claims);
        boolean conflicting = headline != null && headline.low().compareTo(headline.high()) != 0
                && headline.sources().size() > 1;
        return new FigureSeries(id, measure, actor, label(measure, actor), claims, headline, bySource, conflicting);
    }

    private static Headline headline(List<Claim> claims) {
        List<Claim> numeric = claims.stream().filter(c -> credible(c.figure()) != null).toList();
        if (numeric.isEmpty()) {
            return null;
        }
        LocalDate latest = numeric.get(numeric.size() - 1).figure().date();
        LocalDate periodStart = latest.minusDays(PERIOD_DAYS - 1L);
        List<Claim> period = numeric.stream().filter(c -> !c.figure().date().isBefore(periodStart)).toList();
        Claim lowest = period.stream().min(Comparator.comparing((Claim c) -> credible(c.figure()))
                .thenComparing(Claim::source)).orElseThrow();
        BigDecimal low = period.stream().map(c -> credible(c.figure())).min(BigDecimal::compareTo).orElseThrow();
        BigDecimal high = period.stream().map(c -> highest(c.figure())).max(BigDecimal::compareTo).orElseThrow();
        TreeSet<String> sources = new TreeSet<>();
        period.forEach(c -> sources.add(c.source()));
        return new Headline(credible(lowest.figure()), low, high, latest, List.copyOf(sources), lowest);
    }

    /** The lowest value a claim supports: the number, a range's low end, or a vague amount's conservative value. */
    static BigDecimal credible(Figure f) {
        if (f.value() != null) {
            return f.value();
        }
        if (f.low() != null) {
            return f.low();
        }
        return f.conservative();
    }

    private static BigDecimal highest(Figure f) {
        return f.high() != null ? f.high() : credible(f);
    }

    static String label(Measure measure, String actor) {
        String what = switch (measure) {
            case KILLED -> "killed";
            case WOUNDED -> "wounded";
            case CASUALTIES -> "killed or wounded";
            case DISPLACED -> "displaced";
            case REFUGEES -> "refugees";
            case TROOPS -> "troops";
            case POSTS -> "observation posts";
            case STRIKES -> "strikes";
            case MONEY -> "money";
            case POPULATION -> "population";
            case OTHER -> "other figures";
        };
        String side = actor.isEmpty() ? actor : Character.toUpperCase(actor.charAt(0)) + actor.substring(1);
        return side + ": " + what; // "Civilians: killed", a label that opens a line
    }
}
