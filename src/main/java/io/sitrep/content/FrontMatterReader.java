package io.sitrep.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and validates the YAML front matter of one article against SPEC's table, collecting
 * every problem (with the line and column of the offending key or value) instead of stopping at
 * the first.
 *
 * <p>Unknown keys: a key that looks like a misspelt known key ({@code titel}, {@code tag},
 * {@code Draft}) is an error, because the typo silently changes the site (a draft published,
 * tags lost). Any other unknown key ({@code categories}, {@code weight}) is a warning: front
 * matter written for other tools is legitimate metadata that sitrep simply does not use.
 */
public final class FrontMatterReader {

    static final Set<String> KNOWN = Set.of("title", "date", "source", "url", "author", "summary",
            "tags", "language", "slug", "draft", "image", "caption");

    private static final Map<String, String> EXAMPLES = Map.of(
            "title", "\"Ankara urges Moscow to halt attacks\"", "date", "2020-02-06", "source", "\"Reuters\"");

    private final YAMLMapper yaml = YAMLMapper.builder().build();

    /** As {@link #read(String, String, int, String, List, List)}, dropping warnings. */
    public FrontMatter read(String file, String source, int yamlStart, String yamlText,
                            List<Problem> problems) {
        return read(file, source, yamlStart, yamlText, problems, new ArrayList<>());
    }

    /**
     * @param file      the file name for messages
     * @param source    the whole file
     * @param yamlStart offset of the first YAML line in {@code source}
     * @param yamlText  the YAML between the {@code ---} lines
     * @param problems  where errors are added
     * @param warnings  where warnings (things that do not stop the build) are added
     * @return the front matter, or null when it could not be read at all
     */
    public FrontMatter read(String file, String source, int yamlStart, String yamlText,
                            List<Problem> problems, List<Problem> warnings) {
        SourcePosition origin = SourcePosition.of(source, yamlStart);
        JsonNode root;
        Map<String, SourcePosition> keyAt = new HashMap<>();
        Map<String, SourcePosition> valueAt = new HashMap<>();
        try {
            root = yaml.readTree(yamlText);
            locateKeys(file, yamlText, origin, keyAt, valueAt, problems);
        } catch (JacksonException e) {
            problems.add(YamlErrors.problem(file, origin, e, "front matter"));
            return null;
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            root = yaml.createObjectNode();
        }
        if (!root.isObject()) {
            problems.add(Problem.at(file, origin, "front matter must be a mapping of keys to values",
                    "write it as 'title: ...', 'date: ...', 'source: ...' lines between the '---' lines"));
            return null;
        }
        Fields f = new Fields(file, root, keyAt, valueAt, origin, problems);
        for (String key : root.propertyNames()) {
            if (!KNOWN.contains(key)) {
                String near = nearestKnown(key);
                if (near != null) {
                    problems.add(Problem.at(file, f.keyPos(key), "unknown front matter key '" + key + "'",
                            "did you mean '" + near + "'?"));
                } else {
                    warnings.add(Problem.at(file, f.keyPos(key), "front matter key '" + key + "' is not used by sitrep",
                            "known keys are " + String.join(", ", new TreeSet<>(KNOWN))));
                }
            }
        }
        String title = f.requiredText("title");
        String dateText = f.requiredText("date");
        String source1 = f.requiredText("source");
        LocalDate date = dateText == null ? null : parseDate(dateText);
        if (dateText != null && date == null) {
            problems.add(Problem.at(file, f.valuePos("date"), "date '" + dateText + "' is not a real date",
                    "write it as YYYY-MM-DD (for example 2020-02-05) or an ISO 8601 date-time"));
        }
        String slug = f.text("slug");
        if (slug != null && !Slugs.isValid(slug)) {
            problems.add(Problem.at(file, f.valuePos("slug"), "slug '" + slug + "' may only hold a-z, 0-9 and '-'",
                    "for example: slug: " + Slugs.derive(slug)));
            slug = null;
        }
        String url = f.text("url");
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            problems.add(Problem.at(file, f.valuePos("url"), "url '" + url + "' is not an http(s) address",
                    "give the original article's address, starting with https://"));
            url = null;
        }
        String language = f.text("language");
        if (language != null && !BriefingConfigReader.isLanguageTag(language)) {
            problems.add(Problem.at(file, f.valuePos("language"), "language '" + language + "' is not a language tag",
                    "write a tag such as en, fr or pt-BR"));
            language = null;
        }
        return new FrontMatter(title, date, dateText, source1, url, f.text("author"), f.text("summary"),
                f.textList("tags"), language, slug, f.bool("draft"), f.text("image"),
                f.text("caption"));
    }

    /** The known key {@code key} is probably a misspelling of, or null. */
    static String nearestKnown(String key) {
        String lower = key.toLowerCase(Locale.ROOT).strip();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : new TreeSet<>(KNOWN)) {
            int d = distance(lower, known);
            int allowed = known.length() <= 4 ? 1 : 2;
            if (d <= allowed && d < bestDistance) {
                best = known;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Levenshtein distance; written here because one 10-line function does not justify commons-text. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** YYYY-MM-DD or an ISO 8601 date-time, with or without offset; null if not a real date. */
    static LocalDate parseDate(String text) {
        String t = text.trim();
        if (isPlainDate(t)) {
            // The common form, read without DateTimeFormatter (slow under C1); no date-time form has 10 chars.
            try {
                return LocalDate.of(Integer.parseInt(t, 0, 4, 10), Integer.parseInt(t, 5, 7, 10),
                        Integer.parseInt(t, 8, 10, 10));
            } catch (DateTimeException e) {
                return null;
            }
        }
        if (t.indexOf('T') < 0) { // no ISO date has a 'T': spare date-times a failed parse (exceptions are slow)
            try {
                return LocalDate.parse(t);
            } catch (DateTimeException ignored) {
                // try the date-time forms
            }
        }
        try {
            return OffsetDateTime.parse(t).toLocalDate();
        } catch (DateTimeException ignored) {
            // next
        }
        try {
            return LocalDateTime.parse(t).toLocalDate();
        } catch (DateTimeException ignored) {
            return null;
        }
    }

    /** {@code YYYY-MM-DD} with ASCII digits. */
    private static boolean isPlainDate(String t) {
        if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = t.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** Positions of the top-level keys and their values; a key given twice is a problem. */
    private void locateKeys(String file, String yamlText, SourcePosition origin, Map<String, SourcePosition> keyAt,
                            Map<String, SourcePosition> valueAt, List<Problem> problems) {
        try (JsonParser p = yaml.createParser(yamlText)) {
            int depth = 0;
            String pendingKey = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (depth == 1 && pendingKey != null && t != JsonToken.PROPERTY_NAME) {
                    valueAt.putIfAbsent(pendingKey, toFile(origin, p.currentTokenLocation()));
                    pendingKey = null;
                }
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                } else if (t == JsonToken.PROPERTY_NAME && depth == 1) {
                    String key = p.currentName();
                    SourcePosition at = toFile(origin, p.currentTokenLocation());
                    SourcePosition first = keyAt.putIfAbsent(key, at);
                    if (first != null) {
                        problems.add(Problem.at(file, at, "'" + key + "' is given twice (first on line "
                                + first.line() + ")", "keep one of them"));
                    } else {
                        pendingKey = key;
                    }
                }
            }
        }
    }

    private static SourcePosition toFile(SourcePosition origin, TokenStreamLocation loc) {
        int line = Math.max(1, loc.getLineNr());
        int col = Math.max(1, loc.getColumnNr());
        return new SourcePosition(origin.line() + line - 1, line == 1 ? origin.column() + col - 1 : col);
    }

    /** Typed access to front matter values that reports wrong types as problems. */
    private record Fields(String file, JsonNode root, Map<String, SourcePosition> keyAt,
                          Map<String, SourcePosition> valueAt, SourcePosition origin, List<Problem> problems) {

        SourcePosition keyPos(String key) {
            return keyAt.getOrDefault(key, origin);
        }

        SourcePosition valuePos(String key) {
            return valueAt.getOrDefault(key, keyPos(key));
        }

        String requiredText(String key) {
            String v = text(key);
            if (v == null && !root.has(key)) {
                problems.add(Problem.at(file, origin, "front matter has no '" + key + "'",
                        "add a line '" + key + ": " + EXAMPLES.get(key) + "' between the '---' lines"));
            } else if (v == null || v.isBlank()) {
                if (v != null) {
                    problems.add(Problem.at(file, keyPos(key), "'" + key + "' is empty",
                            "give it a value, for example " + key + ": " + EXAMPLES.get(key)));
                }
                return null;
            }
            return v;
        }

        String text(String key) {
            JsonNode n = root.get(key);
            if (n == null || n.isNull()) {
                return null;
            }
            if (!n.isValueNode()) {
                problems.add(Problem.at(file, valuePos(key), "'" + key + "' must be a single value, not a "
                        + (n.isArray() ? "list" : "mapping"),
                        "write it on one line, in quotes if it contains ': ' (" + key + ": \"...\")"));
                return null;
            }
            return n.asString().strip();
        }

        List<String> textList(String key) {
            JsonNode n = root.get(key);
            List<String> out = new ArrayList<>();
            if (n == null || n.isNull()) {
                return out;
            }
            if (n.isValueNode()) {
                out.add(n.asString().strip());
                return out;
            }
            if (!n.isArray()) {
                problems.add(Problem.at(file, valuePos(key), "'" + key + "' must be a list, not a mapping",
                        "write it as " + key + ": [first, second]"));
                return out;
            }
            for (JsonNode item : n) {
                if (!item.isValueNode()) {
                    problems.add(Problem.at(file, valuePos(key), "every item of '" + key + "' must be a plain value",
                            "write it as " + key + ": [first, second]"));
                } else if (!item.asString().isBlank()) {
                    out.add(item.asString().strip());
                }
            }
            return out;
        }

        boolean bool(String key) {
            JsonNode n = root.get(key);
            if (n == null || n.isNull()) {
                return false;
            }
            if (!n.isValueNode()) {
                problems.add(Problem.at(file, valuePos(key), "'" + key + "' must be true or false, not a "
                        + (n.isArray() ? "list" : "mapping"), "write " + key + ": true"));
                return false;
            }
            String v = n.asString().strip().toLowerCase(Locale.ROOT);
            if (n.isBoolean() || v.equals("true") || v.equals("false")) {
                return n.isBoolean() ? n.booleanValue() : v.equals("true");
            }
            problems.add(Problem.at(file, valuePos(key), "'" + key + "' must be true or false, not '" + v + "'",
                    "write " + key + ": true"));
            return false;
        }
    }
}
