package io.sitrep.analysis;

/**
 * The figure extraction rules: trigger words per measure, the vague-amount table and the
 * group → actor rules, read from YAML (defaults in the jar, an optional override in content/).
 *
 * @param fingerprint a digest of the rules' content; part of every analysis cache key
 */
public record FigureRules(String fingerprint) {

    public static FigureRules defaults() {
        return new FigureRules("defaults"); // to be written (issue 3)
    }
}
