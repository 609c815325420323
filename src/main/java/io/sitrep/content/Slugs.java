package io.sitrep.content;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Slug rules of SPEC: only {@code [a-z0-9-]}, derived from a file name when not given. */
public final class Slugs {

    private static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Slugs() {
    }

    public static boolean isValid(String slug) {
        return slug != null && VALID.matcher(slug).matches();
    }

    /** "Erdoğan’s Idlib Move.md" → "erdogans-idlib-move". */
    public static String derive(String name) {
        String base = name.endsWith(".md") ? name.substring(0, name.length() - 3)
                : name.endsWith(".markdown") ? name.substring(0, name.length() - 9) : name;
        if (isValid(base)) {
            return base; // already a slug, as generated and imported files are: no folding to do
        }
        String folded = Normalizer.normalize(base.replace('ı', 'i'), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("[’'‘]", "")
                .toLowerCase(java.util.Locale.ROOT);
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "article" : slug;
    }
}
