package io.sitrep.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.sitrep.aggregate.Briefing;
import io.sitrep.aggregate.EntityStats;
import io.sitrep.aggregate.FigureSeries;
import io.sitrep.analysis.Dictionary;
import io.sitrep.analysis.EntityType;
import io.sitrep.analysis.Measure;
import io.sitrep.content.BriefingConfig;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChartStageTest {

    private static final ChartStage STAGE = new ChartStage(Fixtures.STYLE, ChartCache.none());
    private static final Charts CHARTS = STAGE.draw(Fixtures.crisis());

    @Test
    void drawsEveryKindOfChartFromTheAggregates() {
        assertThat(CHARTS.charts()).extracting(Chart::id).containsExactly("figures-killed-turkey",
                "figures-displaced-civilians", "figures-refugees-syria", "displacement", "coverage", "top-entities",
                "quotes-per-speaker", "places", "co-mentions");
        assertThat(CHARTS.sparklines()).hasSize(19);
        assertThat(CHARTS.omitted()).isEmpty();
    }

    @Test
    void noChartUsesGroupOpacityWhichThePdfRendererCannotDraw() {
        // openhtmltopdf's SVG drawer fails on `opacity` below 1; translucency belongs in colours
        assertThat(CHARTS.all()).allSatisfy(chart ->
                assertThat(chart.svg()).as(chart.id()).doesNotContainPattern("(?<![-\\w])opacity:0"));
    }

    @Test
    void numbersChartsInOrderAndLeavesSparklinesUnnumbered() {
        assertThat(CHARTS.charts()).extracting(Chart::number).containsExactlyElementsOf(
                IntStream.rangeClosed(1, CHARTS.charts().size()).boxed().toList());
        assertThat(CHARTS.charts()).allMatch(chart -> chart.caption().startsWith("Figure " + chart.number() + ". "));
        assertThat(CHARTS.sparklines().values()).allMatch(chart -> chart.number() == 0);
    }

    @Test
    void thePlanHasTheNumbersCaptionsAndHashesOfTheDrawnCharts() {
        ChartPlan plan = STAGE.plan(Fixtures.crisis());
        assertThat(plan.numbered()).extracting(PlannedChart::id, PlannedChart::number, PlannedChart::caption,
                        PlannedChart::altText, PlannedChart::hash, PlannedChart::width, PlannedChart::height)
                .containsExactlyElementsOf(CHARTS.charts().stream().map(c -> org.assertj.core.groups.Tuple.tuple(
                        c.id(), c.number(), c.caption(), c.altText(), c.hash(), c.width(), c.height())).toList());
        assertThat(STAGE.draw(plan).all()).isEqualTo(CHARTS.all());
    }

    @Test
    void aPlannedChartDrawsItselfLikeItsPngFromSeveralThreadsAtOnce() {
        PlannedChart planned = STAGE.plan(Fixtures.crisis()).numbered().get(0);
        Chart drawn = CHARTS.charts().get(0);
        List<int[]> pixels = IntStream.range(0, 4).parallel().mapToObj(i -> {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(drawn.pngWidth(), drawn.pngHeight(),
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            g.scale(Chart.PNG_SCALE, Chart.PNG_SCALE);
            planned.draw(g);
            g.dispose();
            return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        }).toList();
        assertThat(pixels).allSatisfy(p -> assertThat(p).isEqualTo(pixels.get(0)));
        assertThat(pixels.get(0)).isEqualTo(pixelsOf(drawn.png()));
    }

    private static int[] pixelsOf(byte[] png) {
        try {
            java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
            return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyChartHasWhatAPageNeeds() {
        assertThat(new HashSet<>(CHARTS.all().stream().map(Chart::id).toList())).hasSize(CHARTS.all().size());
        for (Chart chart : CHARTS.all()) {
            assertThat(chart.title()).as(chart.id()).isNotBlank();
            assertThat(chart.altText()).as(chart.id()).isNotBlank().doesNotStartWith("Chart of").endsWith(".")
                    .containsPattern("\\d");
            assertThat(chart.caption()).as(chart.id()).contains("As of ").contains("Source");
            assertThat(chart.asOf()).as(chart.id()).isNotNull();
            assertThat(chart.sources()).as(chart.id()).isNotEmpty();
            assertThat(chart.table().rows()).as(chart.id()).isNotEmpty();
            assertThat(chart.csv()).as(chart.id()).startsWith(String.join(",", chart.table().keys()).substring(0, 3));
            assertThat(chart.json()).as(chart.id()).contains("\"rows\"");
            assertThat(chart.svg()).as(chart.id()).startsWith("<svg ").contains("viewBox=\"0 0 " + chart.width() + " ")
                    .contains("<desc id=\"" + chart.id() + "-desc\"");
            assertThat(chart.png()).as(chart.id()).startsWith(0x89, 'P', 'N', 'G');
            assertThat(chart.hash()).as(chart.id()).hasSize(64);
        }
    }

    @Test
    void theSameBriefingGivesByteIdenticalFiles() {
        Charts again = new ChartStage(new HouseStyle(), ChartCache.none()).draw(Fixtures.crisis());
        assertThat(again.all()).hasSameSizeAs(CHARTS.all());
        for (int i = 0; i < again.all().size(); i++) {
            Chart first = CHARTS.all().get(i);
            Chart second = again.all().get(i);
            assertThat(second.svg()).as(first.id()).isEqualTo(first.svg());
            assertThat(Arrays.equals(second.png(), first.png())).as(first.id()).isTrue();
            assertThat(second.csv()).isEqualTo(first.csv());
            assertThat(second.json()).isEqualTo(first.json());
            assertThat(second.hash()).isEqualTo(first.hash());
        }
    }

    @Test
    void onlyChartsWhoseDataChangedAreDrawnAgain() {
        MemoryChartCache cache = new MemoryChartCache(100);
        ChartStage stage = new ChartStage(Fixtures.STYLE, cache);
        Briefing briefing = Fixtures.crisis();
        stage.draw(briefing);
        int drawn = cache.size();
        List<FigureSeries> fewer = briefing.series().subList(0, 2);
        Charts changed = stage.draw(Fixtures.with(briefing, fewer, briefing.entities(), briefing.articles()));
        // The refugees chart is gone and the displacement chart lost a series: only that one is new.
        assertThat(cache.size()).isEqualTo(drawn + 1);
        assertThat(changed.byId("figures-killed-turkey").orElseThrow().hash())
                .isEqualTo(CHARTS.byId("figures-killed-turkey").orElseThrow().hash());
        assertThat(changed.byId("displacement").orElseThrow().hash())
                .isNotEqualTo(CHARTS.byId("displacement").orElseThrow().hash());
    }

    @Test
    void anEmptyBriefingGivesNoChartsAndSaysWhy() {
        Charts charts = STAGE.draw(Fixtures.empty());
        assertThat(charts.charts()).isEmpty();
        assertThat(charts.sparklines()).isEmpty();
        assertThat(charts.omitted()).extracting(Omission::kind).containsExactly(ChartKind.FIGURE_SERIES,
                ChartKind.DISPLACEMENT, ChartKind.COVERAGE, ChartKind.TOP_ENTITIES, ChartKind.QUOTES,
                ChartKind.PLACES, ChartKind.CO_MENTIONS);
        assertThat(charts.omitted()).allMatch(omission -> !omission.message().isBlank());
    }

    @Test
    void namesWithMarkupCharactersGiveWellFormedSvg() throws Exception {
        var odd = Fixtures.entity("att", "AT&T <Corp> \"Ltd\"", EntityType.ORGANIZATION, null, null);
        Briefing briefing = Fixtures.crisis();
        var stats = new java.util.ArrayList<>(briefing.entities());
        stats.add(0, Fixtures.stats(odd, Fixtures.days(5, 40), Map.of("turkey", 3), 0, "a1"));
        Charts charts = STAGE.draw(Fixtures.with(briefing, briefing.series(), stats, briefing.articles()));
        for (String id : List.of("top-entities", "co-mentions")) {
            Chart chart = charts.byId(id).orElseThrow();
            var document = SvgWriterTest.parse(chart.svg());
            assertThat(document.getDocumentElement().getTextContent()).contains("AT&T <Corp> \"Ltd\"");
        }
        assertThat(charts.byId("top-entities").orElseThrow().altText()).startsWith("AT&T <Corp> \"Ltd\" was mentioned");
    }

    @Test
    void oddButLegalAggregatesDoNotThrow() {
        var nobody = Fixtures.entity("nobody", "Nobody", EntityType.PERSON, null, null);
        var farAway = Fixtures.entity("pole", "North Pole", EntityType.PLACE, 90.0, 0.0);
        List<EntityStats> stats = List.of(
                new EntityStats(nobody, 0, new TreeMap<>(), new TreeMap<>(), new TreeMap<>(), 0),
                Fixtures.stats(farAway, Fixtures.days(3, 1), Map.of(), 0, "a"));
        FigureSeries empty = new FigureSeries("empty", Measure.OTHER, null, null, List.of(), null, new TreeMap<>(),
                false);
        var articles = List.of(Fixtures.analyzed("a", Fixtures.feb(3), "X"));
        Briefing odd = new Briefing(BriefingConfig.defaults(), new Dictionary(List.of(nobody, farAway), "f"), articles,
                List.of(empty), stats, null, null, null);
        assertThatCode(() -> STAGE.draw(odd)).doesNotThrowAnyException();
        Charts charts = STAGE.draw(odd);
        assertThat(charts.byId("places")).isPresent();
        assertThat(charts.sparklines()).containsOnlyKeys("pole");
    }
}
