package io.sitrep.content;

/**
 * One thing wrong with the input, reported as {@code file:line:col: message (hint)}.
 * Lines and columns are 1-based.
 */
public record Problem(String file, int line, int column, String message, String hint) {

    public static Problem at(String file, SourcePosition pos, String message, String hint) {
        return new Problem(file, pos.line(), pos.column(), message, hint);
    }

    @Override
    public String toString() {
        String where = file + ":" + line + ":" + column + ": ";
        return hint == null || hint.isBlank() ? where + message : where + message + "; " + hint;
    }
}
