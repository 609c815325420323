package io.sitrep.content;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when the input has problems; carries all of them, not just the first. */
public class ContentException extends Exception {

    private final List<Problem> problems;

    public ContentException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
