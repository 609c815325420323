package io.sitrep.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
        try {
            root = yaml.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            var loc = e.getLocation();
            problems.add(new Problem(displayName, loc == null ? 1 : Math.max(1, loc.getLineNr()),
                    loc == null ? 1 : Math.max(1, loc.getColumnNr()),
                    "not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""),
                    "check indentation and quote values that contain ':' or '#'"));
            return BriefingConfig.defaults();
        } catch (IOException e) {
            problems.add(new Problem(displayName, 1, 1, "cannot be read: " + e.getMessage(),
                    "check that it is a readable UTF-8 text file"));
            return BriefingConfig.defaults();
        }
        if (root == null || !root.isObject()) {
            return BriefingConfig.defaults();
        }
        BriefingConfig d = BriefingConfig.defaults();
        LocalDate from = date(root, "period", "from", displayName, problems);
        LocalDate to = date(root, "period", "to", displayName, problems);
        return new BriefingConfig(
                text(root, "title", d.title()),
                text(root, "subtitle", d.subtitle()),
                text(root, "description", d.description()),
                text(root, "language", d.language()),
                text(root, "base_url", d.baseUrl()),
                from, to,
                root.path("allow_html").asBoolean(false));
    }

    private static String text(JsonNode root, String key, String fallback) {
        JsonNode n = root.get(key);
        return n == null || n.isNull() || !n.isValueNode() ? fallback : n.asString().strip();
    }

    private static LocalDate date(JsonNode root, String parent, String key, String file, List<Problem> problems) {
        JsonNode n = root.path(parent).get(key);
        if (n == null || n.isNull()) {
            return null;
        }
        LocalDate d = FrontMatterReader.parseDate(n.asString());
        if (d == null) {
            problems.add(new Problem(file, 1, 1, parent + "." + key + " '" + n.asString() + "' is not a real date",
                    "write it as YYYY-MM-DD"));
        }
        return d;
    }
}
