package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.sitrep.content.Article;
import io.sitrep.content.Content;
import io.sitrep.content.ContentLoader;
import io.sitrep.content.Markdown;
import io.sitrep.content.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Scores the analysis of the five seed articles against the hand-made gold annotations in
 * {@code ../shared/gold/seeds}, the way {@code ../shared/tools/score-extraction} scores the
 * exported JSON: entities by any shared name form, quotes by the first words, dates by the
 * expression and its resolved value. Skipped when the gold folder is not there.
 */
class GoldSeedsTest {

    private static final Path GOLD = Path.of("..", "shared", "gold", "seeds");

    /** The three scores of one run. */
    record Scores(GoldScore entities, GoldScore quotes, GoldScore dates) {
    }

    @Test
    void withTheDictionaryEntitiesQuotesAndDatesMeetTheBar() throws Exception {
        assumeTrue(Files.isDirectory(GOLD), "no gold annotations at " + GOLD);
        List<Problem> problems = new ArrayList<>();
        Dictionary dictionary = new DictionaryReader().read(Path.of("content", "entities.yaml"), "entities.yaml", problems);
        assertThat(problems).isEmpty();

        Scores s = score(dictionary);

        System.out.println("gold seeds, with dictionary: entities " + s.entities() + "; quotes " + s.quotes()
                + "; dates " + s.dates());
        Stream.of(s.entities(), s.quotes(), s.dates()).flatMap(g -> g.misses.stream())
                .forEach(m -> System.out.println("    " + m));
        assertThat(s.entities().f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.entities().accuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.quotes().f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.quotes().accuracy()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.dates().f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(s.dates().accuracy()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void withoutADictionaryQuotesAndNamesAreStillFound() throws Exception {
        assumeTrue(Files.isDirectory(GOLD), "no gold annotations at " + GOLD);

        Scores s = score(Dictionary.empty());

        System.out.println("gold seeds, empty dictionary: entities " + s.entities() + "; quotes " + s.quotes()
                + "; dates " + s.dates());
        assertThat(s.quotes().f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(s.quotes().accuracy()).isGreaterThanOrEqualTo(0.80);
        assertThat(s.dates().f1()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theSameArticleAndDictionaryGiveAnEqualAnalysis() throws Exception {
        List<Problem> problems = new ArrayList<>();
        Dictionary dictionary = new DictionaryReader().read(Path.of("content", "entities.yaml"), "entities.yaml", problems);
        Content content = new ContentLoader(new Markdown()).load(Path.of("content"), false);
        Analyzer first = new Analyzer(dictionary, FigureRules.defaults());
        Analyzer second = new Analyzer(new DictionaryReader().read(Path.of("content", "entities.yaml"), "entities.yaml",
                problems), FigureRules.defaults());

        for (Article a : content.articles()) {
            ArticleAnalysis one = first.analyze(a);
            assertThat(second.analyze(a)).isEqualTo(one);
            assertThat(first.analyze(a)).isEqualTo(one);
            assertThat(one.sentences()).isNotEmpty();
        }
        assertThat(first.fingerprint()).isEqualTo(second.fingerprint());
    }

    static Scores score(Dictionary dictionary) throws Exception {
        Content content = new ContentLoader(new Markdown()).load(Path.of("content"), false);
        Analyzer analyzer = new Analyzer(dictionary, FigureRules.defaults());
        Map<String, Article> byUrl = new LinkedHashMap<>();
        content.articles().forEach(a -> byUrl.put(normUrl(a.meta().url()), a));
        YAMLMapper yaml = YAMLMapper.builder().build();
        Scores s = new Scores(new GoldScore(), new GoldScore(), new GoldScore());
        List<Path> files;
        try (Stream<Path> list = Files.list(GOLD)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path file : files) {
            JsonNode gold = yaml.readTree(Files.readString(file));
            Article article = byUrl.get(normUrl(gold.path("url").asString()));
            assertThat(article).as("article for " + file).isNotNull();
            ArticleAnalysis analysis = analyzer.analyze(article);
            String name = file.getFileName().toString();
            scoreEntities(name, gold, analysis, dictionary, s.entities());
            scoreQuotes(name, gold, analysis, s.quotes());
            scoreDates(name, gold, analysis, s.dates());
        }
        return s;
    }

    private static void scoreEntities(String name, JsonNode gold, ArticleAnalysis analysis, Dictionary dictionary,
                                      GoldScore score) {
        List<GoldScore.Item> g = new ArrayList<>();
        for (String section : List.of("people", "places", "organizations")) {
            String kind = section.equals("people") ? "person" : section.equals("places") ? "place" : "organization";
            for (JsonNode e : gold.path(section)) {
                g.add(new GoldScore.Item(name + ": " + kind + " " + e.path("name").asString(),
                        e.path("optional").asBoolean(false),
                        new Object[] {kind, GoldScore.forms(e.path("name").asString(), strings(e.path("aliases")))}));
            }
        }
        Map<String, List<String>> surfaces = new TreeMap<>();
        analysis.mentions().forEach(m -> surfaces.computeIfAbsent(m.entity(), k -> new ArrayList<>()).add(m.surface()));
        List<GoldScore.Item> p = new ArrayList<>();
        surfaces.forEach((id, seen) -> {
            Entity e = dictionary.byId(id).orElseThrow();
            List<String> aliases = new ArrayList<>(e.aliases());
            aliases.addAll(seen);
            String type = e.type() == EntityType.COUNTRY ? "place" : e.type().id();
            p.add(new GoldScore.Item(name + ": " + type + " " + e.name(), false,
                    new Object[] {type, GoldScore.forms(e.name(), aliases)}));
        });
        Map<String, UnconfirmedName> unconfirmed = new TreeMap<>();
        analysis.unconfirmed().forEach(u -> unconfirmed.putIfAbsent(GoldScore.fold(u.name()), u));
        unconfirmed.values().forEach(u -> p.add(new GoldScore.Item(name + ": unconfirmed " + u.type().id() + " "
                + u.name() + " (" + u.cue() + ")", false, new Object[] {u.type() == EntityType.COUNTRY ? "place"
                : u.type().id(), GoldScore.forms(u.name(), List.of())})));
        for (GoldScore.Item[] pair : score.match(g, p, GoldSeedsTest::sameEntity, "entity")) {
            Object[] gv = (Object[]) pair[0].value();
            Object[] pv = (Object[]) pair[1].value();
            score.attribute(gv[0].equals(pv[0]), pair[0].show() + " typed " + pv[0]);
        }
    }

    @SuppressWarnings("unchecked")
    private static boolean sameEntity(GoldScore.Item g, GoldScore.Item p) {
        java.util.Set<String> a = new java.util.HashSet<>((java.util.Set<String>) ((Object[]) g.value())[1]);
        a.retainAll((java.util.Set<String>) ((Object[]) p.value())[1]);
        return !a.isEmpty();
    }

    private static void scoreQuotes(String name, JsonNode gold, ArticleAnalysis analysis, GoldScore score) {
        List<GoldScore.Item> g = new ArrayList<>();
        for (JsonNode q : gold.path("quotes")) {
            List<String> speakers = new ArrayList<>();
            speakers.add(q.path("speaker").asString());
            speakers.addAll(strings(q.path("speaker_also")));
            g.add(new GoldScore.Item(name + ": " + q.path("speaker").asString() + ": " + q.path("starts").asString(),
                    q.path("optional").asBoolean(false) || q.path("fragment").asBoolean(false),
                    new Object[] {q.path("starts").asString(), speakers}));
        }
        List<GoldScore.Item> p = new ArrayList<>();
        for (Quote q : analysis.quotes()) {
            String text = q.text().length() > 60 ? q.text().substring(0, 60) : q.text();
            p.add(new GoldScore.Item(name + ": " + q.speakerName() + ": " + text, false,
                    new Object[] {q.text(), q.speakerName()}));
        }
        for (GoldScore.Item[] pair : score.match(g, p, GoldSeedsTest::sameQuote, "quote")) {
            @SuppressWarnings("unchecked")
            List<String> speakers = (List<String>) ((Object[]) pair[0].value())[1];
            String got = (String) ((Object[]) pair[1].value())[1];
            score.attribute(speakers.stream().anyMatch(s -> GoldScore.samePerson(s, got)),
                    pair[0].show() + " said by " + got);
        }
    }

    private static boolean sameQuote(GoldScore.Item g, GoldScore.Item p) {
        String start = GoldScore.strip(GoldScore.fold((String) ((Object[]) g.value())[0]), "\"' .,");
        String text = GoldScore.strip(GoldScore.fold((String) ((Object[]) p.value())[0]), "\"' ");
        String head = start.length() > 40 ? start.substring(0, 40) : start;
        return !start.isEmpty() && text.substring(0, Math.min(text.length(), start.length() + 12)).contains(head);
    }

    private static void scoreDates(String name, JsonNode gold, ArticleAnalysis analysis, GoldScore score) {
        List<GoldScore.Item> g = new ArrayList<>();
        for (JsonNode d : gold.path("dates")) {
            g.add(new GoldScore.Item(name + ": " + d.path("text").asString() + " = " + d.path("resolved").asString(),
                    d.path("optional").asBoolean(false),
                    new String[] {d.path("text").asString(), d.path("resolved").asString(),
                        d.path("resolved_end").isMissingNode() || d.path("resolved_end").isNull()
                                ? "" : d.path("resolved_end").asString()}));
        }
        List<GoldScore.Item> p = new ArrayList<>();
        for (DateMention d : analysis.dates()) {
            p.add(new GoldScore.Item(name + ": " + d.text() + " = " + d.value(), false,
                    new String[] {d.text(), d.value()}));
        }
        for (GoldScore.Item[] pair : score.match(g, p, GoldSeedsTest::sameDate, "date")) {
            String[] gv = (String[]) pair[0].value();
            String got = ((String[]) pair[1].value())[1];
            String want = gv[1];
            String end = gv[2];
            String head = got.length() >= want.length() ? got.substring(0, want.length()) : got;
            boolean ok = got.startsWith(want) || !end.isEmpty() && want.compareTo(head) <= 0 && head.compareTo(end) <= 0;
            score.attribute(ok, pair[0].show() + " resolved " + got);
        }
    }

    private static boolean sameDate(GoldScore.Item g, GoldScore.Item p) {
        String a = GoldScore.fold(((String[]) g.value())[0]);
        String b = GoldScore.fold(((String[]) p.value())[0]);
        return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    private static List<String> strings(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asString()));
        return out;
    }

    static String normUrl(String url) {
        String u = GoldScore.fold(url == null ? "" : url).replaceFirst("^https?://", "").replaceFirst("^www\\.", "")
                .replaceAll("/amp/?", "/");
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u.toLowerCase(Locale.ROOT);
    }
}
