package io.sitrep.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads and validates the YAML front matter of one article against SPEC's table, collecting
 * every problem (with the line and column of the offending key) instead of stopping at the
 * first.
 */
public final class FrontMatterReader {

    static final Set<String> KNOWN = Set.of("title", "date", "source", "url", "author", "summary",
            "tags", "language", "slug", "draft", "image", "caption");

    private final YAMLMapper yaml = YAMLMapper.builder().build();

    /**
     * @param file      the file name for messages
     * @param source    the whole file
     * @param yamlStart offset of the first YAML line in {@code source}
     * @param yamlText  the YAML between the {@code ---} lines
     * @param problems  where problems are added
     * @return the front matter, or null when it could not be read at all
     */
    public FrontMatter read(String file, String source, int yamlStart, String yamlText,
                            List<Problem> problems) {
        SourcePosition origin = SourcePosition.of(source, yamlStart);
        JsonNode root;
        Map<String, SourcePosition> keyAt = new HashMap<>();
        try {
            root = yaml.readTree(yamlText);
            locateKeys(yamlText, origin, keyAt);
        } catch (JacksonException e) {
            var loc = e.getLocation();
            int line = loc == null ? 1 : Math.max(1, loc.getLineNr());
            int col = loc == null ? 1 : Math.max(1, loc.getColumnNr());
            String why = e.getOriginalMessage().lines().findFirst().orElse("unreadable YAML");
            problems.add(new Problem(file, origin.line() + line - 1, col,
                    "front matter is not valid YAML: " + why,
                    "check indentation and quote values that contain ':' or '#'"));
            return null;
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            root = yaml.createObjectNode();
        }
        if (!root.isObject()) {
            problems.add(Problem.at(file, origin, "front matter must be a mapping of keys to values",
                    "write it as 'title: ...' lines between the '---' lines"));
            return null;
        }
        Fields f = new Fields(file, root, keyAt, origin, problems);
        for (String key : root.propertyNames()) {
            if (!KNOWN.contains(key)) {
                problems.add(Problem.at(file, f.pos(key), "unknown front matter key '" + key + "'",
                        "known keys are " + String.join(", ", new java.util.TreeSet<>(KNOWN))));
            }
        }
        String title = f.requiredText("title");
        String dateText = f.requiredText("date");
        String source1 = f.requiredText("source");
        LocalDate date = dateText == null ? null : parseDate(dateText);
        if (dateText != null && date == null) {
            problems.add(Problem.at(file, f.pos("date"), "date '" + dateText + "' is not a real date",
                    "write it as YYYY-MM-DD (for example 2020-02-05) or an ISO 8601 date-time"));
        }
        String slug = f.text("slug");
        if (slug != null && !Slugs.isValid(slug)) {
            problems.add(Problem.at(file, f.pos("slug"), "slug '" + slug + "' may only hold a-z, 0-9 and '-'",
                    "for example: slug: " + Slugs.derive(slug)));
            slug = null;
        }
        String url = f.text("url");
        if (url != null && !url.matches("(?i)https?://\\S+")) {
            problems.add(Problem.at(file, f.pos("url"), "url '" + url + "' is not an http(s) address",
                    "give the original article's address, starting with https://"));
            url = null;
        }
        return new FrontMatter(title, date, dateText, source1, url, f.text("author"), f.text("summary"),
                f.textList("tags"), f.text("language"), slug, f.bool("draft"), f.text("image"),
                f.text("caption"));
    }

    /** YYYY-MM-DD or an ISO 8601 date-time, with or without offset; null if not a real date. */
    static LocalDate parseDate(String text) {
        String t = text.trim();
        try {
            return LocalDate.parse(t);
        } catch (DateTimeException ignored) {
            // try the date-time forms
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

    private void locateKeys(String yamlText, SourcePosition origin, Map<String, SourcePosition> keyAt) {
        try (JsonParser p = yaml.createParser(yamlText)) {
            int depth = 0;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                } else if (t == JsonToken.PROPERTY_NAME && depth == 1) {
                    var loc = p.currentTokenLocation();
                    keyAt.put(p.currentName(), new SourcePosition(origin.line() + loc.getLineNr() - 1,
                            Math.max(1, loc.getColumnNr())));
                }
            }
        }
    }

    /** Typed access to front matter values that reports wrong types as problems. */
    private record Fields(String file, JsonNode root, Map<String, SourcePosition> keyAt,
                          SourcePosition origin, List<Problem> problems) {

        SourcePosition pos(String key) {
            return keyAt.getOrDefault(key, origin);
        }

        String requiredText(String key) {
            String v = text(key);
            if (v == null && !root.has(key)) {
                problems.add(Problem.at(file, origin, "front matter has no '" + key + "'",
                        "add a line '" + key + ": ...' between the '---' lines"));
            } else if (v == null || v.isBlank()) {
                if (v != null) {
                    problems.add(Problem.at(file, pos(key), "'" + key + "' is empty", "give it a value"));
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
                problems.add(Problem.at(file, pos(key), "'" + key + "' must be a single value, not a "
                        + (n.isArray() ? "list" : "mapping"), "write it on one line: " + key + ": ..."));
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
                problems.add(Problem.at(file, pos(key), "'" + key + "' must be a list",
                        "write it as " + key + ": [first, second]"));
                return out;
            }
            for (JsonNode item : n) {
                if (!item.isValueNode()) {
                    problems.add(Problem.at(file, pos(key), "every item of '" + key + "' must be a plain value",
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
            String v = n.asString().strip().toLowerCase(java.util.Locale.ROOT);
            if (n.isBoolean() || v.equals("true") || v.equals("false")) {
                return n.isBoolean() ? n.booleanValue() : v.equals("true");
            }
            problems.add(Problem.at(file, pos(key), "'" + key + "' must be true or false, not '" + v + "'",
                    "write " + key + ": true"));
            return false;
        }
    }
}
