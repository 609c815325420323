package io.sitrep.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads {@code briefing.yaml}; a missing file gives the defaults. */
public final class BriefingConfigReader {

    private final YAMLMapper yaml = YAMLMapper.builder().build();

    public BriefingConfig read(Path file, String displayName, List<Problem> problems) {
        if (!Files.isRegularFile(file)) {
            return BriefingConfig.defaults();
        }
        JsonNode root;
        String text;
        try {
            text = SourceText.decode(displayName, Files.readAllBytes(file), problems);
            if (text == null) {
                return BriefingConfig.defaults();
            }
            root = yaml.readTree(text);
        } catch (JacksonException e) {
            problems.add(YamlErrors.problem(displayName, new SourcePosition(1, 1), e, "the file"));
            return BriefingConfig.defaults();
        } catch (IOException e) {
            problems.add(new Problem(displayName, 1, 1, "cannot be read: " + e.getClass().getSimpleName() + " "
                    + e.getMessage(), "check that it is a readable UTF-8 text file"));
            return BriefingConfig.defaults();
        }
        if (root == null || !root.isObject()) {
            return BriefingConfig.defaults();
        }
        BriefingConfig d = BriefingConfig.defaults();
        checkTypes(root, text, displayName, problems);
        LocalDate from = date(root, text, "period", "from", displayName, problems);
        LocalDate to = date(root, text, "period", "to", displayName, problems);
        return new BriefingConfig(
                text(root, "title", d.title()),
                text(root, "subtitle", d.subtitle()),
                text(root, "description", d.description()),
                text(root, "language", d.language()),
                text(root, "base_url", d.baseUrl()),
                from, to,
                root.path("allow_html").asBoolean(false));
    }

    /** BCP 47 in its common shapes (en, pt-BR, zh-Hant-TW): what a page's lang attribute accepts. */
    static boolean isLanguageTag(String s) {
        return s.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    }

    /** A value of the wrong kind is an error at its line, not a silent fall back to the default. */
    private static void checkTypes(JsonNode root, String text, String file, List<Problem> problems) {
        for (String key : List.of("title", "subtitle", "description", "language", "base_url")) {
            JsonNode n = root.get(key);
            if (n != null && !n.isNull() && !n.isValueNode()) {
                problems.add(Problem.at(file, valuePos(text, key), "'" + key + "' must be a single value, not "
                        + (n.isArray() ? "a list" : "a mapping"), "write it on one line, in quotes (" + key + ": \"...\")"));
            }
        }
        JsonNode language = root.get("language");
        if (language != null && language.isValueNode() && !isLanguageTag(language.asString().strip())) {
            problems.add(Problem.at(file, valuePos(text, "language"), "language '" + language.asString()
                    + "' is not a language tag", "write a tag such as en, fr or pt-BR"));
        }
        JsonNode allow = root.get("allow_html");
        if (allow != null && !allow.isNull() && !allow.isBoolean()) {
            problems.add(Problem.at(file, valuePos(text, "allow_html"), "'allow_html' must be true or false, not '"
                    + allow.asString() + "'", "write allow_html: false (or true to keep raw HTML, sanitized)"));
        }
        JsonNode period = root.get("period");
        if (period != null && !period.isNull() && !period.isObject()) {
            problems.add(Problem.at(file, valuePos(text, "period"), "'period' must be a mapping with from and to",
                    "write period: on its own line, then '  from: 2020-02-01' and '  to: 2020-02-29'"));
        }
    }

    /** Where the value of top-level {@code key} starts, or 1:1 when the text does not show it plainly. */
    private static SourcePosition valuePos(String text, String key) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + "[ \\t]*:[ \\t]*").matcher(text);
        return m.find() ? SourcePosition.of(text, m.end()) : new SourcePosition(1, 1);
    }

    private static String text(JsonNode root, String key, String fallback) {
        JsonNode n = root.get(key);
        return n == null || n.isNull() || !n.isValueNode() ? fallback : n.asString().strip();
    }

    private static LocalDate date(JsonNode root, String text, String parent, String key, String file,
                                  List<Problem> problems) {
        JsonNode n = root.path(parent).get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        LocalDate d = n.isValueNode() ? FrontMatterReader.parseDate(n.asString()) : null;
        if (d == null) {
            // The value's position: the first "key:" line after the "parent:" line.
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(parent) + "[ \\t]*:[\\s\\S]*?^[ \\t]+"
                    + Pattern.quote(key) + "[ \\t]*:[ \\t]*").matcher(text);
            SourcePosition at = m.find() ? SourcePosition.of(text, m.end()) : new SourcePosition(1, 1);
            problems.add(Problem.at(file, at, parent + "." + key + " '" + (n.isValueNode() ? n.asString() : n)
                    + "' is not a real date", "write it as YYYY-MM-DD (for example 2020-02-01)"));
        }
        return d;
    }
}
