package io.sitrep.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Dev entry: draws every fixture chart into {@code target/charts-preview/} (SVG, PNG, CSV,
 * JSON and an {@code index.html} with captions and alt text) so they can be looked at.
 */
class ChartPreviewTest {

    static final Path PREVIEW = Path.of("target", "charts-preview");

    @Test
    void writesEveryFixtureChartToThePreviewFolder() throws IOException {
        Charts charts = new ChartStage().draw(Fixtures.crisis());
        Files.createDirectories(PREVIEW);
        StringBuilder index = new StringBuilder("<!doctype html><meta charset=utf-8><title>Chart preview</title>"
                + "<style>body{font-family:sans-serif;max-width:720px;margin:auto}figure{margin:2em 0}"
                + ".narrow{width:360px;border:1px dashed #ccc}</style>\n");
        for (Chart chart : charts.all()) {
            Files.writeString(PREVIEW.resolve(chart.id() + ".svg"), chart.svg(), StandardCharsets.UTF_8);
            Files.write(PREVIEW.resolve(chart.id() + ".png"), chart.png());
            Files.writeString(PREVIEW.resolve(chart.id() + ".csv"), chart.csv(), StandardCharsets.UTF_8);
            Files.writeString(PREVIEW.resolve(chart.id() + ".json"), chart.json(), StandardCharsets.UTF_8);
            index.append("<figure><div class=narrow>").append(chart.svg()).append("</div><figcaption>")
                    .append(escape(chart.caption())).append("<br><i>Alt: ").append(escape(chart.altText()))
                    .append("</i></figcaption></figure>\n");
        }
        for (Omission omission : charts.omitted()) {
            index.append("<p>").append(escape(omission.title())).append(": ")
                    .append(escape(omission.message())).append("</p>\n");
        }
        Files.writeString(PREVIEW.resolve("index.html"), index, StandardCharsets.UTF_8);
        assertThat(PREVIEW.resolve("index.html")).exists();
        assertThat(charts.all()).isNotEmpty();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
