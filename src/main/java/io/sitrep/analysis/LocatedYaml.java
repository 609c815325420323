package io.sitrep.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A YAML document read into nodes that remember their line and column, so that a problem in
 * the names dictionary can be reported where the analyst has to fix it. Jackson's tree model
 * drops locations, so the tree is built from its streaming parser.
 */
final class LocatedYaml {

    /** Any node, at a 1-based line and column. */
    sealed interface Node permits Scalar, Seq, Mapping {
        int line();

        int column();
    }

    /** A plain value; {@code text} is null for an empty value. */
    record Scalar(String text, boolean number, int line, int column) implements Node {
    }

    record Seq(List<Node> items, int line, int column) implements Node {
    }

    /** A mapping; each key keeps the position of the key itself. */
    record Mapping(Map<String, Entry> entries, List<Entry> duplicates, int line, int column) implements Node {
    }

    record Entry(String key, Node value, int line, int column) {
    }

    private LocatedYaml() {
    }

    /** Reads a document; an empty one gives null. Throws Jackson's exception on bad YAML. */
    static Node read(YAMLMapper yaml, String text) {
        try (JsonParser p = yaml.createParser(text)) {
            JsonToken t = p.nextToken();
            return t == null ? null : node(p, t);
        }
    }

    private static Node node(JsonParser p, JsonToken t) {
        var loc = p.currentTokenLocation();
        int line = Math.max(1, loc.getLineNr());
        int col = Math.max(1, loc.getColumnNr());
        switch (t) {
            case START_OBJECT -> {
                Map<String, Entry> entries = new LinkedHashMap<>();
                List<Entry> duplicates = new ArrayList<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    var keyLoc = p.currentTokenLocation();
                    String key = p.currentName();
                    Node value = node(p, p.nextToken());
                    Entry e = new Entry(key, value, Math.max(1, keyLoc.getLineNr()), Math.max(1, keyLoc.getColumnNr()));
                    if (entries.putIfAbsent(key, e) != null) {
                        duplicates.add(e);
                    }
                }
                return new Mapping(entries, duplicates, line, col);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
                    items.add(node(p, k));
                }
                return new Seq(items, line, col);
            }
            case VALUE_NULL -> {
                return new Scalar(null, false, line, col);
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new Scalar(p.getText(), true, line, col);
            }
            default -> {
                return new Scalar(p.getText(), false, line, col);
            }
        }
    }
}
