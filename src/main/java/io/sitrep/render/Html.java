package io.sitrep.render;

/** HTML escaping for the few strings Java writes into markup itself (article marks). */
final class Html {

    private Html() {
    }

    /** Escapes text for an element's content or a double-quoted attribute value. */
    static String attr(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            append(b, s.charAt(i));
        }
        return b.toString();
    }

    static void append(StringBuilder b, char c) {
        switch (c) {
            case '&' -> b.append("&amp;");
            case '<' -> b.append("&lt;");
            case '>' -> b.append("&gt;");
            case '"' -> b.append("&quot;");
            default -> b.append(c);
        }
    }
}
