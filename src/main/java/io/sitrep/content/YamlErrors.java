package io.sitrep.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;

/**
 * Turns a YAML parse failure into a {@link Problem} at the right line and column.
 *
 * <p>Jackson's own location is not reliable for YAML (for an unclosed quote it points before the
 * quote, for a tab it points at the previous line), so the position is taken from the marks that
 * SnakeYAML writes into the message ({@code in reader, line 2, column 8:}). When the parser only
 * failed at the end of the text (an unclosed quote or bracket), the place to fix is where the
 * unclosed construct began, so that mark is used instead.
 */
final class YamlErrors {

    private static final Pattern MARK = Pattern.compile("^\\s*in reader, line (\\d+), column (\\d+):?\\s*$");

    private YamlErrors() {
    }

    /**
     * @param origin where the YAML text starts in the file (its first line is line 1 of the YAML)
     */
    static Problem problem(String file, SourcePosition origin, JacksonException e, String what) {
        String raw = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        List<String> parts = new ArrayList<>();
        List<int[]> marks = new ArrayList<>();
        for (String line : raw.split("\n")) {
            Matcher m = MARK.matcher(line);
            if (m.matches()) {
                marks.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
            } else if (!line.isBlank() && !line.startsWith("    ")) { // 4 spaces: SnakeYAML's snippet and caret
                parts.add(line.strip());
            }
        }
        String why = parts.isEmpty() ? "unreadable YAML" : String.join(": ", parts);
        int line;
        int col;
        if (marks.isEmpty()) {
            var loc = e.getLocation();
            line = loc == null ? 1 : Math.max(1, loc.getLineNr());
            col = loc == null ? 1 : Math.max(1, loc.getColumnNr());
        } else {
            boolean atEnd = why.contains("end of stream") && marks.size() > 1;
            int[] mark = atEnd ? marks.get(0) : marks.get(marks.size() - 1);
            line = mark[0];
            col = mark[1];
        }
        int fileLine = origin.line() + line - 1;
        int fileCol = line == 1 ? origin.column() + col - 1 : col;
        return new Problem(file, fileLine, fileCol, what + " is not valid YAML: " + why, hint(why));
    }

    private static String hint(String why) {
        if (why.contains("TAB")) {
            return "indent with spaces, not tabs";
        }
        if (why.contains("quoted scalar")) {
            return "close the quote, or write the value without quotes";
        }
        if (why.contains("flow sequence") || why.contains("flow mapping")) {
            return "close the list with ']' (or the mapping with '}')";
        }
        if (why.contains("mapping values are not allowed")) {
            return "put the value in double quotes when it contains ': ' (title: \"Turkey: what next\")";
        }
        return "write one 'key: value' per line, indent with spaces, and quote values that contain ': ' or ' #'";
    }
}
