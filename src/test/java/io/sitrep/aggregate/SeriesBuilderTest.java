package io.sitrep.aggregate;

import static io.sitrep.Fixtures.analyzed;
import static io.sitrep.Fixtures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.analysis.Figure;
import io.sitrep.analysis.Measure;
import io.sitrep.analysis.Qualifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesBuilderTest {

    private static List<FigureSeries> series(AnalyzedArticle... articles) {
        return new SeriesBuilder().build(Aggregator.claims(List.of(articles)));
    }

    @Test
    void oneSeriesPerMeasureAndActorInDateOrder() {
        List<FigureSeries> s = series(
                analyzed("late", "2020-02-26", "AFP", figure(Measure.KILLED, 17L, Qualifier.UP_TO, "Turkey", "2020-02-26")),
                analyzed("early", "2020-02-05", "EA", figure(Measure.KILLED, 8L, Qualifier.EXACT, "Turkey", "2020-02-03"),
                        figure(Measure.DISPLACED, 800_000L, Qualifier.MORE_THAN, "civilians", "2020-02-05")));
        assertThat(s).extracting(FigureSeries::id).containsExactly("killed-turkey", "displaced-civilians");
        assertThat(s.get(0).claims()).extracting(c -> c.figure().value().intValue()).containsExactly(8, 17);
        assertThat(s.get(0).label()).isEqualTo("Turkey: killed");
    }

    @Test
    void claimsAreOrderedByDateThenOutletThenArticleThenPlaceInIt() {
        java.util.Random random = new java.util.Random(11);
        List<AnalyzedArticle> articles = new java.util.ArrayList<>();
        for (int i = 0; i < 150; i++) {
            // generated slugs share long beginnings; several figures per article, dates among a few days
            Figure[] figures = new Figure[1 + random.nextInt(3)];
            for (int j = 0; j < figures.length; j++) {
                Figure f = figure(Measure.KILLED, (long) random.nextInt(50), Qualifier.EXACT, "Turkey",
                        "2020-02-0" + (1 + random.nextInt(4)));
                figures[j] = new Figure(f.measure(), f.value(), f.low(), f.high(), f.qualifier(), f.conservative(),
                        f.group(), f.actor(), f.date(), 0, random.nextInt(400), 400, f.surface());
            }
            articles.add(analyzed("turkey-says-troops-killed-in-idlib-" + random.nextInt(60), "2020-02-0" + (1 + i % 9),
                    List.of("AFP", "Reuters", "EA", "Al-Monitor").get(random.nextInt(4)), figures));
        }
        List<Claim> claims = Aggregator.claims(articles);
        List<Claim> expected = new java.util.ArrayList<>(claims);
        expected.sort(java.util.Comparator.comparing((Claim c) -> c.figure().date()).thenComparing(Claim::source)
                .thenComparing(Claim::article).thenComparingInt(c -> c.figure().start()));

        List<FigureSeries> s = new SeriesBuilder().build(claims);

        assertThat(s).hasSize(1);
        assertThat(s.get(0).claims()).containsExactlyElementsOf(expected); // the same claims, equal ones in input order
    }

    /** An article of a few figures, among a few measures and actors, some at the same offset. */
    private static AnalyzedArticle randomArticle(java.util.Random random, String slug) {
        Figure[] figures = new Figure[random.nextInt(5)];
        for (int j = 0; j < figures.length; j++) {
            Figure f = figure(List.of(Measure.KILLED, Measure.DISPLACED, Measure.POSTS).get(random.nextInt(3)),
                    random.nextInt(5) == 0 ? null : (long) random.nextInt(50), Qualifier.EXACT,
                    random.nextInt(4) == 0 ? null : List.of("Turkey", "civilians").get(random.nextInt(2)),
                    "2020-02-0" + (1 + random.nextInt(2)));
            // claims of one article that tie (same series, date and offset) keep the article's order
            figures[j] = new Figure(f.measure(), f.value(), f.low(), f.high(), f.qualifier(), f.conservative(),
                    f.group(), f.actor(), f.date(), 0, random.nextInt(2) * 10, 40, f.surface());
        }
        return analyzed(slug, "2020-02-0" + (1 + random.nextInt(9)),
                List.of("AFP", "Reuters", "EA").get(random.nextInt(3)), figures);
    }

    @Test
    void seriesKeptBetweenBuildsAndUpdatedByTheChangedArticlesEqualSeriesMadeOfEveryClaim() {
        java.util.Random random = new java.util.Random(17);
        List<AnalyzedArticle> articles = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            articles.add(randomArticle(random, "article-" + i));
        }
        SeriesMemory memory = SeriesMemory.kept();
        for (int build = 0; build < 80; build++) {
            List<FigureSeries> kept = new SeriesBuilder().build(articles, memory);

            assertThat(kept).as("build " + build).isEqualTo(new SeriesBuilder().build(Aggregator.claims(articles)));

            switch (random.nextInt(4)) {
                case 0 -> articles.add(random.nextInt(articles.size() + 1), randomArticle(random, "new-" + build));
                case 1 -> articles.remove(random.nextInt(articles.size()));
                case 2 -> {
                    int i = random.nextInt(articles.size());
                    articles.set(i, randomArticle(random, articles.get(i).slug()));
                }
                default -> { }
            }
        }
        articles.replaceAll(a -> randomArticle(random, a.slug())); // every article changed: all made again
        assertThat(new SeriesBuilder().build(articles, memory))
                .isEqualTo(new SeriesBuilder().build(Aggregator.claims(articles)));
        articles.set(0, randomArticle(random, articles.get(0).slug()));
        assertThat(new SeriesBuilder().build(articles, memory))
                .isEqualTo(new SeriesBuilder().build(Aggregator.claims(articles)));
    }

    @Test
    void headlineIsTheLowestReportOfTheLatestPeriodNotASum() {
        List<FigureSeries> s = series(
                analyzed("a", "2020-02-05", "EA", figure(Measure.DISPLACED, 800_000L, Qualifier.MORE_THAN, "civilians", "2020-02-05")),
                analyzed("b", "2020-02-19", "Rudaw", figure(Measure.DISPLACED, 900_000L, Qualifier.ABOUT, "civilians", "2020-02-19")),
                analyzed("c", "2020-02-20", "AFP", figure(Measure.DISPLACED, 950_000L, Qualifier.ABOUT, "civilians", "2020-02-20")));
        Headline h = s.get(0).headline();
        assertThat(h.value()).isEqualByComparingTo(BigDecimal.valueOf(900_000));
        assertThat(h.low()).isEqualByComparingTo(BigDecimal.valueOf(900_000));
        assertThat(h.high()).isEqualByComparingTo(BigDecimal.valueOf(950_000));
        assertThat(h.asOf()).isEqualTo(LocalDate.parse("2020-02-20"));
        assertThat(h.sources()).containsExactly("AFP", "Rudaw");
        assertThat(h.claim().source()).isEqualTo("Rudaw");
        assertThat(s.get(0).conflicting()).isTrue();
        assertThat(s.get(0).bySource()).containsEntry("EA", BigDecimal.valueOf(800_000));
    }

    @Test
    void agreeingSourcesAreNotAConflict() {
        List<FigureSeries> s = series(
                analyzed("a", "2020-02-19", "Rudaw", figure(Measure.POSTS, 12L, Qualifier.EXACT, "Turkey", "2020-02-19")),
                analyzed("b", "2020-02-20", "AFP", figure(Measure.POSTS, 12L, Qualifier.EXACT, "Turkey", "2020-02-20")));
        assertThat(s.get(0).conflicting()).isFalse();
        assertThat(s.get(0).headline().value()).isEqualByComparingTo(BigDecimal.valueOf(12));
    }

    @Test
    void vagueAmountsUseTheirConservativeValue() {
        List<FigureSeries> s = series(
                analyzed("a", "2020-02-06", "HDN", figure(Measure.KILLED, null, Qualifier.VAGUE, "Syria", "2020-02-06")));
        assertThat(s.get(0).headline().value()).isEqualByComparingTo(BigDecimal.valueOf(12));
    }
}
