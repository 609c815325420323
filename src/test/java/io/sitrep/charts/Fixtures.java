package io.sitrep.charts;

import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.aggregate.Briefing;
import io.sitrep.aggregate.Claim;
import io.sitrep.aggregate.Coverage;
import io.sitrep.aggregate.EntityStats;
import io.sitrep.aggregate.FigureSeries;
import io.sitrep.aggregate.Headline;
import io.sitrep.analysis.ArticleAnalysis;
import io.sitrep.analysis.Dictionary;
import io.sitrep.analysis.Entity;
import io.sitrep.analysis.EntityType;
import io.sitrep.analysis.Figure;
import io.sitrep.analysis.Measure;
import io.sitrep.analysis.Qualifier;
import io.sitrep.analysis.Quote;
import io.sitrep.content.Article;
import io.sitrep.content.BriefingConfig;
import io.sitrep.content.FrontMatter;
import io.sitrep.content.PlainText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Small briefings built by hand, standing in for the aggregator's output. */
final class Fixtures {

    static final LocalDate FROM = LocalDate.of(2020, 2, 1);
    /** One house style for all tests: loading the fonts takes a moment. */
    static final HouseStyle STYLE = new HouseStyle();
    static final LocalDate TO = LocalDate.of(2020, 2, 29);

    private Fixtures() {
    }

    static LocalDate feb(int day) {
        return LocalDate.of(2020, 2, day);
    }

    static Article article(String slug, LocalDate date, String source) {
        FrontMatter meta = new FrontMatter("Article " + slug, date, date.toString(), source, null, null, null,
                List.of(), "en", slug, false, null, null);
        return new Article(slug, slug + ".md", meta, "", 0, new PlainText("", new int[] {0}, List.of()), 0, "0");
    }

    static AnalyzedArticle analyzed(String slug, LocalDate date, String source, Quote... quotes) {
        ArticleAnalysis analysis = new ArticleAnalysis(slug, List.of(), List.of(), List.of(), List.of(),
                List.of(quotes), List.of());
        return new AnalyzedArticle(article(slug, date, source), analysis);
    }

    static Quote quote(String speakerId, String speakerName, String text, boolean fragment) {
        return new Quote(speakerId, speakerName, text, fragment, 0, 0, text.length());
    }

    static Claim claim(String article, String source, LocalDate date, Measure measure, long value,
                       Qualifier qualifier, String actor, String surface) {
        Figure figure = new Figure(measure, BigDecimal.valueOf(value), null, null, qualifier,
                BigDecimal.valueOf(value), "people", actor, date, 0, 0, surface.length(), surface);
        return new Claim(article, source, date, figure, "They said " + surface + ".", "articles/" + article + ".html#s1");
    }

    static Claim range(String article, String source, LocalDate date, Measure measure, long low, long high,
                       String actor, String surface) {
        Figure figure = new Figure(measure, null, BigDecimal.valueOf(low), BigDecimal.valueOf(high), Qualifier.RANGE,
                BigDecimal.valueOf(low), "people", actor, date, 0, 0, surface.length(), surface);
        return new Claim(article, source, date, figure, "They said " + surface + ".", "articles/" + article + ".html#s1");
    }

    static FigureSeries series(String id, Measure measure, String actor, String label, List<Claim> claims,
                               Claim headlineClaim, long low, long high, List<String> headlineSources) {
        BigDecimal value = Takeaways.plotted(headlineClaim.figure());
        Headline headline = new Headline(value, BigDecimal.valueOf(low), BigDecimal.valueOf(high),
                headlineClaim.figure().date(), headlineSources, headlineClaim);
        SortedMap<String, BigDecimal> bySource = new TreeMap<>();
        claims.forEach(claim -> bySource.put(claim.source(), Takeaways.plotted(claim.figure())));
        return new FigureSeries(id, measure, actor, label, claims, headline, bySource, low != high);
    }

    static Entity entity(String id, String name, EntityType type, Double lat, Double lon) {
        return new Entity(id, name, type, List.of(), List.of(), null, lat, lon);
    }

    static EntityStats stats(Entity entity, Map<LocalDate, Integer> perDay, Map<String, Integer> coMentions,
                             int quotes, String... articles) {
        int total = perDay.values().stream().mapToInt(Integer::intValue).sum();
        SortedMap<String, Integer> perArticle = new TreeMap<>();
        for (String article : articles) {
            perArticle.put(article, Math.max(1, total / articles.length));
        }
        return new EntityStats(entity, total, perArticle, new TreeMap<>(perDay), new TreeMap<>(coMentions), quotes);
    }

    static Coverage coverage(List<AnalyzedArticle> articles) {
        SortedMap<LocalDate, SortedMap<String, Integer>> perDay = new TreeMap<>();
        for (AnalyzedArticle article : articles) {
            perDay.computeIfAbsent(article.article().meta().date(), d -> new TreeMap<>())
                    .merge(article.article().meta().source(), 1, Integer::sum);
        }
        return new Coverage(perDay);
    }

    static ChartContext context(Briefing briefing) {
        return ChartContext.of(briefing, STYLE);
    }

    /** The briefing with other series, entities or articles. */
    static Briefing with(Briefing b, List<FigureSeries> series, List<EntityStats> entities,
                         List<AnalyzedArticle> articles) {
        return new Briefing(b.config(), b.dictionary(), articles, series, entities, coverage(articles), b.from(),
                b.to());
    }

    static Briefing empty() {
        return new Briefing(BriefingConfig.defaults(), Dictionary.empty(), List.of(), List.of(), List.of(),
                new Coverage(new TreeMap<>()), null, null);
    }

    /** A month of a crisis: eight articles from five outlets, three series, a dozen entities. */
    static Briefing crisis() {
        List<AnalyzedArticle> articles = List.of(
                analyzed("a8", feb(26), "Reuters",
                        quote("erdogan", "Recep Tayyip Erdoğan", "We will not take the smallest step back", false),
                        quote("akar", "Hulusi Akar", "neutralized", true)),
                analyzed("a7", feb(26), "Hürriyet Daily News",
                        quote("erdogan", "Recep Tayyip Erdoğan", "An operation is only a matter of time", false)),
                analyzed("a6", feb(19), "Rudaw",
                        quote("peskov", "Dmitry Peskov", "the worst scenario", true),
                        quote("erdogan", "Recep Tayyip Erdoğan", "We discussed the issue", false),
                        quote(null, "a senior official", "We are ready", false)),
                analyzed("a5", feb(14), "Reuters",
                        quote("peskov", "Dmitry Peskov", "Ankara had taken upon itself an obligation", false)),
                analyzed("a4", feb(13), "Al-Monitor"),
                analyzed("a3", feb(10), "Daily Sabah",
                        quote("akar", "Hulusi Akar", "We will respond", false)),
                analyzed("a2", feb(6), "Daily Sabah",
                        quote("erdogan", "Recep Tayyip Erdoğan", "We have waited until now", false)),
                analyzed("a1", feb(5), "Al-Monitor",
                        quote("un", "United Nations", "a humanitarian catastrophe", true)));
        List<FigureSeries> series = List.of(killed(), displaced(), refugees());
        Map<String, Entity> e = new LinkedHashMap<>();
        e.put("erdogan", entity("erdogan", "Recep Tayyip Erdoğan", EntityType.PERSON, null, null));
        e.put("putin", entity("putin", "Vladimir Putin", EntityType.PERSON, null, null));
        e.put("peskov", entity("peskov", "Dmitry Peskov", EntityType.PERSON, null, null));
        e.put("akar", entity("akar", "Hulusi Akar", EntityType.PERSON, null, null));
        e.put("assad", entity("assad", "Bashar al-Assad", EntityType.PERSON, null, null));
        e.put("hts", entity("hts", "Hayat Tahrir al-Sham", EntityType.ORGANIZATION, null, null));
        e.put("un", entity("un", "United Nations", EntityType.ORGANIZATION, null, null));
        e.put("nato", entity("nato", "NATO", EntityType.ORGANIZATION, null, null));
        e.put("turkey", entity("turkey", "Turkey", EntityType.COUNTRY, 39.0, 35.0));
        e.put("russia", entity("russia", "Russia", EntityType.COUNTRY, 61.5, 105.3));
        e.put("syria", entity("syria", "Syria", EntityType.COUNTRY, 34.8, 39.0));
        e.put("idlib", entity("idlib", "Idlib", EntityType.PLACE, 35.93, 36.63));
        e.put("saraqib", entity("saraqib", "Saraqib", EntityType.PLACE, 35.86, 36.80));
        e.put("maarat", entity("maarat", "Maarat al-Numan", EntityType.PLACE, 35.64, 36.67));
        e.put("aleppo", entity("aleppo", "Aleppo", EntityType.PLACE, 36.20, 37.16));
        e.put("afrin", entity("afrin", "Afrin", EntityType.PLACE, 36.51, 36.87));
        e.put("ankara", entity("ankara", "Ankara", EntityType.PLACE, 39.93, 32.86));
        e.put("sochi", entity("sochi", "Sochi", EntityType.PLACE, 43.60, 39.73));
        e.put("nowhere", entity("nowhere", "Unplaced village", EntityType.PLACE, null, null));
        List<EntityStats> stats = new ArrayList<>(List.of(
                stats(e.get("turkey"), days(5, 6, 6, 3, 10, 4, 13, 3, 14, 5, 19, 7, 26, 9),
                        Map.of("russia", 14, "syria", 11, "erdogan", 9, "idlib", 12, "putin", 4), 0,
                        "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"),
                stats(e.get("idlib"), days(5, 5, 6, 2, 10, 3, 13, 4, 14, 4, 19, 6, 26, 5),
                        Map.of("turkey", 12, "syria", 8, "russia", 7), 0, "a1", "a2", "a4", "a6", "a8"),
                stats(e.get("erdogan"), days(5, 4, 6, 3, 14, 2, 19, 6, 26, 9),
                        Map.of("turkey", 9, "putin", 6, "russia", 5, "assad", 2), 4, "a1", "a2", "a5", "a6", "a8"),
                stats(e.get("russia"), days(5, 3, 14, 4, 19, 8, 26, 6),
                        Map.of("turkey", 14, "syria", 6, "idlib", 7, "erdogan", 5, "putin", 3), 0,
                        "a1", "a5", "a6", "a7"),
                stats(e.get("syria"), days(5, 3, 10, 3, 13, 2, 19, 5, 26, 3),
                        Map.of("turkey", 11, "russia", 6, "idlib", 8, "assad", 4), 0, "a1", "a3", "a4", "a6", "a8"),
                stats(e.get("putin"), days(6, 2, 19, 3, 26, 5),
                        Map.of("erdogan", 6, "turkey", 4, "russia", 3), 0, "a2", "a6", "a8"),
                stats(e.get("hts"), days(13, 4, 19, 3), Map.of("idlib", 2), 0, "a4", "a6"),
                stats(e.get("peskov"), days(14, 3, 19, 2), Map.of("russia", 2), 2, "a5", "a6"),
                stats(e.get("akar"), days(10, 3, 26, 2), Map.of("turkey", 2), 2, "a3", "a8"),
                stats(e.get("assad"), days(5, 1, 19, 3), Map.of("erdogan", 2, "syria", 4), 0, "a1", "a6"),
                stats(e.get("saraqib"), days(6, 2, 10, 2), Map.of("idlib", 2), 0, "a2", "a3"),
                stats(e.get("maarat"), days(5, 2), Map.of(), 0, "a1"),
                stats(e.get("un"), days(5, 2, 19, 1), Map.of(), 1, "a1", "a6"),
                stats(e.get("nato"), days(19, 1), Map.of(), 0, "a6"),
                stats(e.get("aleppo"), days(6, 1, 19, 1), Map.of(), 0, "a2", "a6"),
                stats(e.get("afrin"), days(19, 1), Map.of(), 0, "a6"),
                stats(e.get("ankara"), days(14, 2, 26, 1), Map.of(), 0, "a5", "a8"),
                stats(e.get("sochi"), days(19, 2), Map.of(), 0, "a6"),
                stats(e.get("nowhere"), days(13, 1), Map.of(), 0, "a4")));
        Dictionary dictionary = new Dictionary(List.copyOf(e.values()), "fixture");
        BriefingConfig config = new BriefingConfig("Crisis fixture", "", "", "en", "", FROM, TO, false);
        return new Briefing(config, dictionary, articles, series, stats, coverage(articles), FROM, TO);
    }

    /** perDay map from pairs of (day of February, mentions). */
    static Map<LocalDate, Integer> days(int... dayCount) {
        Map<LocalDate, Integer> days = new TreeMap<>();
        for (int i = 0; i < dayCount.length; i += 2) {
            days.put(feb(dayCount[i]), dayCount[i + 1]);
        }
        return days;
    }

    static FigureSeries killed() {
        Claim reuters = claim("a8", "Reuters", feb(26), Measure.KILLED, 16, Qualifier.EXACT, "Turkey", "16");
        List<Claim> claims = List.of(
                claim("a1", "Al-Monitor", feb(3), Measure.KILLED, 8, Qualifier.EXACT, "Turkey", "eight"),
                claim("a3", "Daily Sabah", feb(10), Measure.KILLED, 5, Qualifier.EXACT, "Turkey", "five"),
                claim("a4", "Al-Monitor", feb(10), Measure.KILLED, 13, Qualifier.EXACT, "Turkey", "13"),
                claim("a5", "Reuters", feb(13), Measure.KILLED, 14, Qualifier.EXACT, "Turkey", "14"),
                claim("a6", "Rudaw", feb(19), Measure.KILLED, 12, Qualifier.EXACT, "Turkey", "12"),
                reuters,
                claim("a7", "Hürriyet Daily News", feb(26), Measure.KILLED, 17, Qualifier.UP_TO, "Turkey",
                        "as many as 17"));
        return series("killed-turkey", Measure.KILLED, "Turkey", "Turkish personnel killed", claims, reuters,
                16, 17, List.of("Hürriyet Daily News", "Reuters"));
    }

    static FigureSeries displaced() {
        Claim rudaw = claim("a6", "Rudaw", feb(19), Measure.DISPLACED, 900_000, Qualifier.ABOUT, "civilians",
                "some 900,000");
        List<Claim> claims = List.of(
                claim("a1", "Al-Monitor", feb(5), Measure.DISPLACED, 400_000, Qualifier.MORE_THAN, "civilians",
                        "more than 400,000"),
                claim("a2", "Daily Sabah", feb(6), Measure.DISPLACED, 520_000, Qualifier.ABOUT, "civilians",
                        "about 520,000"),
                range("a5", "Reuters", feb(14), Measure.DISPLACED, 700_000, 800_000, "civilians",
                        "700,000 to 800,000"),
                rudaw);
        return series("displaced-civilians", Measure.DISPLACED, "civilians", "People displaced", claims, rudaw,
                900_000, 900_000, List.of("Rudaw"));
    }

    static FigureSeries refugees() {
        Claim sabah = claim("a7", "Hürriyet Daily News", feb(26), Measure.REFUGEES, 3_600_000, Qualifier.ABOUT,
                "Syria", "3.6 million");
        List<Claim> claims = List.of(
                claim("a2", "Daily Sabah", feb(6), Measure.REFUGEES, 3_500_000, Qualifier.ABOUT, "Syria",
                        "3.5 million"),
                sabah);
        return series("refugees-syria", Measure.REFUGEES, "Syria", "Syrian refugees in Turkey", claims, sabah,
                3_600_000, 3_600_000, List.of("Hürriyet Daily News"));
    }
}
