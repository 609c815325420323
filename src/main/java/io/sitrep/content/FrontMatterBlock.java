package io.sitrep.content;

/**
 * Where the {@code ---} delimited front matter sits in a file. Found by a line scan rather than
 * by Flexmark's YAML extension, because the extension does not recognise a block whose YAML is
 * broken, and then the user would hear "no front matter" instead of where the YAML breaks.
 *
 * @param yamlStart offset of the first YAML line
 * @param yamlEnd   offset just past the last YAML line
 * @param bodyStart offset of the first body character (after the closing line)
 */
record FrontMatterBlock(int yamlStart, int yamlEnd, int bodyStart, String yaml) {

    static FrontMatterBlock find(String source) {
        int start = 0;
        while (start < source.length() && (source.charAt(start) == ' ' || source.charAt(start) == '\uFEFF')) {
            start++;
        }
        if (!source.startsWith("---", start)) {
            return null;
        }
        int firstEol = source.indexOf('\n', start);
        if (firstEol < 0 || !source.substring(start, firstEol).strip().equals("---")) {
            return null;
        }
        int lineStart = firstEol + 1;
        while (lineStart <= source.length()) {
            int eol = source.indexOf('\n', lineStart);
            int lineEnd = eol < 0 ? source.length() : eol;
            String line = source.substring(lineStart, lineEnd).strip();
            if (line.equals("---") || line.equals("...")) {
                int body = eol < 0 ? source.length() : eol + 1;
                return new FrontMatterBlock(firstEol + 1, lineStart, body,
                        source.substring(firstEol + 1, lineStart));
            }
            if (eol < 0) {
                return null;
            }
            lineStart = eol + 1;
        }
        return null;
    }

    /** Whether the file opens a front matter with a '---' line that no '---' line closes. */
    static boolean opensWithoutClosing(String source) {
        String first = source.strip().lines().findFirst().orElse("");
        return first.strip().equals("---") && find(source) == null;
    }

    /** The source with the front matter replaced by spaces, newlines kept, so offsets stay. */
    String blanked(String source) {
        char[] chars = source.toCharArray(); // array writes: StringBuilder.setCharAt on UTF-16 text is slow under C1
        for (int i = 0; i < bodyStart; i++) {
            if (chars[i] != '\n') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }
}
