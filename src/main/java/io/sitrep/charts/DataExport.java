package io.sitrep.charts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * CSV and JSON forms of a chart's data, and the canonical JSON of drawing models for hashing.
 * Jackson with sorted map keys, plain decimals and "\n" line ends, so output does not depend
 * on the machine.
 */
final class DataExport {

    /** For exports: keys in the order given (insertion-ordered maps). */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    /** For hashing: any map in a model is written sorted by key. */
    private static final JsonMapper CANONICAL = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    /** Quotes a cell only when it must (comma, quote, line break). */
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING).build();

    private DataExport() {
    }

    /** Header of column keys, then the raw cells; RFC 4180 quoting. */
    static String csv(DataTable table) {
        List<List<String>> lines = new java.util.ArrayList<>();
        lines.add(table.keys());
        lines.addAll(table.rows());
        return CSV.writer().with(CsvSchema.emptySchema()).writeValueAsString(lines);
    }

    /** The chart's metadata, columns and rows, pretty-printed. */
    static String json(ChartSpec spec, int number) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("id", spec.id());
        root.put("kind", spec.kind().id());
        root.put("number", number);
        root.put("title", spec.title());
        root.put("altText", spec.altText());
        root.put("asOf", spec.asOf() == null ? null : spec.asOf().toString());
        root.put("sources", spec.sources());
        root.put("columns", spec.table().columns().stream().map(column -> {
            Map<String, String> described = new LinkedHashMap<>();
            described.put("key", column.key());
            described.put("label", column.label());
            described.put("type", column.type().name().toLowerCase(java.util.Locale.ROOT));
            return described;
        }).toList());
        root.put("rows", spec.table().records());
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return JSON.writer().with(printer).writeValueAsString(root) + "\n";
    }

    /** Compact JSON of any record, lists and sorted maps: the data part of a chart's hash. */
    static String canonicalJson(Object model) {
        return CANONICAL.writeValueAsString(model);
    }
}
