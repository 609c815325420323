package io.sitrep.render;

/**
 * A template failed. Carries the template file, line and column so the CLI can report it as
 * {@code file:line:col: message} like any content problem.
 */
public class RenderException extends Exception {

    private final String template;
    private final int line;
    private final int column;

    public RenderException(String template, int line, int column, String message, Throwable cause) {
        super(message, cause);
        this.template = template;
        this.line = line;
        this.column = column;
    }

    public String template() {
        return template;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
