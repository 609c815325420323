package io.sitrep.render;

import static io.sitrep.Fixtures.analyzed;
import static io.sitrep.Fixtures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.aggregate.Aggregator;
import io.sitrep.aggregate.Briefing;
import io.sitrep.analysis.Dictionary;
import io.sitrep.analysis.Measure;
import io.sitrep.analysis.Qualifier;
import io.sitrep.content.BriefingConfig;
import io.sitrep.publish.SiteOutput;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DataExportTest {

    private final Map<String, byte[]> files = new TreeMap<>();

    private Briefing briefing() {
        return new Aggregator().aggregate(BriefingConfig.defaults(), Dictionary.empty(), List.of(
                analyzed("a", "2020-02-05", "EA WorldView",
                        figure(Measure.DISPLACED, 800_000L, Qualifier.MORE_THAN, "civilians", "2020-02-05"),
                        figure(Measure.WOUNDED, null, Qualifier.VAGUE, "civilians", "2020-02-05"))));
    }

    private JsonNode json(String name) {
        return JsonMapper.builder().build().readTree(new String(files.get(name), StandardCharsets.UTF_8));
    }

    @Test
    void writesEveryFileSpecNames() throws Exception {
        new DataExport().write(briefing(), files::put);
        assertThat(files).containsOnlyKeys("data/articles.json", "data/figures.json", "data/entities.json",
                "data/quotes.json", "data/timeline.json", "data/figures.csv", "data/entities.csv");
    }

    @Test
    void figuresHaveSpecFieldsInOrderWithPlainNumbers() throws Exception {
        new DataExport().write(briefing(), files::put);
        JsonNode f = json("data/figures.json").get(0);
        assertThat(f.propertyNames()).containsExactly("id", "article", "measure", "value", "low", "high",
                "qualifier", "group", "actor", "date", "sentence", "anchor");
        assertThat(f.get("value").toString()).isEqualTo("800000");
        assertThat(f.get("qualifier").asString()).isEqualTo("more_than");
        assertThat(f.get("anchor").asString()).isEqualTo("articles/a.html#s1");
        assertThat(json("data/figures.json").get(1).get("value").isNull()).isTrue();
        assertThat(json("data/articles.json").get(0).get("path").asString()).isEqualTo("articles/a.html");
    }

    @Test
    void csvHasAHeaderAndOneRowPerFigure() throws Exception {
        new DataExport().write(briefing(), files::put);
        List<String> lines = new String(files.get("data/figures.csv"), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,article,measure,value,low,high,qualifier,group,actor,date,sentence,anchor");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("a-f1,a,displaced,800000,,,more_than,group,civilians,2020-02-05,");
    }

    @Test
    void sameBriefingGivesIdenticalBytes() throws Exception {
        Map<String, byte[]> again = new TreeMap<>();
        new DataExport().write(briefing(), files::put);
        new DataExport().write(briefing(), again::put);
        files.forEach((k, v) -> assertThat(again.get(k)).as(k).isEqualTo(v));
    }

    private Briefing threeArticles() {
        return new Aggregator().aggregate(BriefingConfig.defaults(), Dictionary.empty(), List.of(
                analyzed("a", "2020-02-05", "EA WorldView",
                        figure(Measure.DISPLACED, 800_000L, Qualifier.MORE_THAN, "civilians", "2020-02-05"),
                        figure(Measure.WOUNDED, null, Qualifier.VAGUE, "civilians", "2020-02-05")),
                analyzed("b", "2020-02-06", "Reuters"),
                analyzed("c", "2020-02-07", "Rudaw \"quoted\", with a comma",
                        figure(Measure.KILLED, 14L, Qualifier.EXACT, "soldiers", "2020-02-07"))));
    }

    /** A cache that keeps every piece, as a rebuild finds them. */
    private static final class Kept implements BodyCache {
        final Map<String, byte[]> pieces = new TreeMap<>();
        int made;

        @Override
        public String body(io.sitrep.aggregate.AnalyzedArticle a, String variant, java.util.function.Supplier<String> r) {
            return r.get();
        }

        @Override
        public byte[] piece(io.sitrep.aggregate.AnalyzedArticle a, String variant,
                            java.util.function.Supplier<byte[]> make) {
            return pieces.computeIfAbsent(a.slug() + "|" + variant, k -> {
                made++;
                return make.get();
            });
        }
    }

    @Test
    void filesJoinedFromEachArticlesPiecesAreTheFilesWrittenRowByRow() throws Exception {
        for (Briefing b : List.of(briefing(), threeArticles(), new Aggregator().aggregate(BriefingConfig.defaults(),
                Dictionary.empty(), List.of(analyzed("empty", "2020-02-05", "AFP"))))) {
            DataExport rows = new DataExport();
            assertThat(SiteOutput.bytes(rows.jsonOfArticles(b, "f", a -> DataExport.figures(a)))).isEqualTo(rows.json(DataExport.figures(b)));
            assertThat(SiteOutput.bytes(rows.jsonOfArticles(b, "a", a -> List.of(DataExport.article(a)))))
                    .isEqualTo(rows.json(DataExport.articles(b)));
            assertThat(SiteOutput.bytes(rows.jsonOfArticles(b, "q", DataExport::quotes))).isEqualTo(rows.json(DataExport.quotes(b)));
            assertThat(SiteOutput.bytes(rows.jsonOfArticles(b, "t", DataExport::timeline))).isEqualTo(rows.json(DataExport.timeline(b)));
            assertThat(SiteOutput.bytes(rows.csvOfArticles(b, "c", DataExport.FIGURE_COLUMNS, DataExport::figures)))
                    .isEqualTo(rows.csv(DataExport.FIGURE_COLUMNS, DataExport.figures(b)));
        }
    }

    @Test
    void aRebuildTakesTheRowsOfUnchangedArticlesFromTheCacheAndWritesTheSameBytes() throws Exception {
        Kept cache = new Kept();
        new DataExport(cache).write(threeArticles(), files::put);
        int made = cache.made;
        Map<String, byte[]> again = new TreeMap<>();
        new DataExport(cache).write(threeArticles(), again::put);

        assertThat(cache.made).as("no piece made twice").isEqualTo(made).isPositive();
        Map<String, byte[]> plain = new TreeMap<>();
        new DataExport().write(threeArticles(), plain::put);
        plain.forEach((k, v) -> assertThat(again.get(k)).as(k).isEqualTo(v));
    }
}
