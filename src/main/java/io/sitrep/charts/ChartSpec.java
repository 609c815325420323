package io.sitrep.charts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jfree.chart.JFreeChart;

/**
 * A chart planned but not yet drawn: its texts, its data, and how to draw it from a model
 * that holds exactly what the drawing depends on. The hash is computed from the model and the
 * texts drawn into the files, so a chart whose hash did not change need not be drawn again.
 *
 * @param caption   what the chart shows, without number, date and sources (those are added)
 * @param note      the small source line drawn under the chart, or empty
 * @param modelJson the drawing model as canonical JSON, the data part of the hash
 * @param drawing   makes the JFreeChart from the model
 */
record ChartSpec(ChartKind kind, String id, String title, String caption, String altText, LocalDate asOf,
                 List<String> sources, DataTable table, int width, int height, String note, String modelJson,
                 Supplier<JFreeChart> drawing) {

    ChartSpec {
        sources = List.copyOf(sources);
    }

    static <M> ChartSpec of(ChartKind kind, String id, String title, String caption, String altText, LocalDate asOf,
                            List<String> sources, DataTable table, int width, int height, String note, M model,
                            Function<M, JFreeChart> draw) {
        return new ChartSpec(kind, safeId(id), title, caption, altText, asOf, sources, table, width, height,
                note, DataExport.canonicalJson(model), () -> draw.apply(model));
    }

    /** Lower-case letters, digits and single hyphens only, so it is safe as a file name and XML id. */
    static String safeId(String id) {
        String safe = id.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return safe.isEmpty() ? "chart" : safe;
    }

    /** SHA-256 over the house style version and everything that goes into the SVG and PNG. */
    String hash() {
        String input = String.join("\n", HouseStyle.VERSION, kind.id(), id, width + "x" + height, title, altText,
                note, modelJson);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(input.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    JFreeChart draw() {
        return drawing.get();
    }
}
