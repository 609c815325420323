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
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Scores the figures of the five seed articles against the hand-made gold in
 * {@code ../shared/gold/seeds} the way {@code shared/tools/score-extraction} does: a figure
 * matches on measure and value within the same sentence, greedily, one to one; optional gold
 * items count neither way; qualifier and actor are accuracies over the matches. Skipped when
 * the gold is not there.
 */
class FigureGoldTest {

    private static final Path GOLD = Path.of("../shared/gold/seeds");
    private static final Set<String> SCORED = Set.of("killed", "wounded", "casualties", "displaced", "refugees",
            "troops", "posts", "strikes", "money", "population");

    /** One figure, gold or found, as the scorer sees it. */
    private record Item(String measure, Double value, String qualifier, String actor, String sentence,
                        boolean optional) {
        @Override
        public String toString() {
            return measure + " " + value + " " + qualifier + " " + actor + " <- "
                    + sentence.substring(0, Math.min(80, sentence.length()));
        }
    }

    @Test
    void seed_figures_reach_the_quality_bar() throws Exception {
        assumeTrue(Files.isDirectory(GOLD), "no gold annotations at " + GOLD);
        Content content = new ContentLoader(new Markdown()).load(Path.of("content"), false);
        List<Problem> problems = new ArrayList<>();
        Dictionary dictionary = new DictionaryReader().read(content.entitiesFile(), "content/entities.yaml", problems);
        FigureRules rules = FigureRules.load(content.root().resolve("figure-rules.yaml"),
                "content/figure-rules.yaml", problems);
        assertThat(problems).isEmpty();
        Analyzer analyzer = new Analyzer(dictionary, rules);

        int tp = 0;
        int fp = 0;
        int fn = 0;
        int qualifierOk = 0;
        int actorOk = 0;
        List<String> misses = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(GOLD)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).hasSize(5);
        for (Path file : files) {
            JsonNode gold = new YAMLMapper().readTree(Files.readString(file));
            Article article = content.articles().stream()
                    .filter(a -> normUrl(a.meta().url()).equals(normUrl(gold.path("url").asString())))
                    .findFirst().orElseThrow(() -> new AssertionError("no article for " + file));
            ArticleAnalysis analysis = analyzer.analyze(article);
            List<Item> found = new ArrayList<>();
            for (Figure f : analysis.figures()) {
                if (SCORED.contains(f.measure().id())) {
                    found.add(new Item(f.measure().id(), f.value() == null ? null : f.value().doubleValue(),
                            f.qualifier().id(), f.actor(), analysis.sentences().get(f.sentence()).text(), false));
                }
            }
            List<Item> expected = new ArrayList<>();
            for (JsonNode g : gold.path("figures")) {
                if (SCORED.contains(g.path("measure").asString())) {
                    JsonNode v = g.path("value");
                    expected.add(new Item(g.path("measure").asString(), v.isNull() || v.isMissingNode() ? null
                            : v.asDouble(), g.path("qualifier").asString(), g.path("actor").asString(),
                            g.path("sentence").asString(), g.path("optional").asBoolean(false)));
                }
            }
            List<Item> ordered = new ArrayList<>(expected.stream().filter(g -> !g.optional()).toList());
            ordered.addAll(expected.stream().filter(Item::optional).toList());
            Set<Integer> used = new HashSet<>();
            for (Item g : ordered) {
                int hit = -1;
                for (int i = 0; i < found.size() && hit < 0; i++) {
                    Item p = found.get(i);
                    if (!used.contains(i) && g.measure().equals(p.measure()) && sameValue(g.value(), p.value())
                            && sameSentence(g.sentence(), p.sentence())) {
                        hit = i;
                    }
                }
                if (hit >= 0) {
                    used.add(hit);
                    if (!g.optional()) {
                        tp++;
                        Item p = found.get(hit);
                        qualifierOk += g.qualifier().equals(p.qualifier()) ? 1 : 0;
                        actorOk += fold(g.actor()).equals(fold(p.actor())) ? 1 : 0;
                        if (!g.qualifier().equals(p.qualifier()) || !fold(g.actor()).equals(fold(p.actor()))) {
                            misses.add("attribute " + file.getFileName() + ": want " + g + " got " + p);
                        }
                    }
                } else if (!g.optional()) {
                    fn++;
                    misses.add("missed " + file.getFileName() + ": " + g);
                }
            }
            for (int i = 0; i < found.size(); i++) {
                if (!used.contains(i)) {
                    fp++;
                    misses.add("extra " + file.getFileName() + ": " + found.get(i));
                }
            }
        }
        double precision = tp / (double) Math.max(1, tp + fp);
        double recall = tp / (double) Math.max(1, tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double qualifier = qualifierOk / (double) Math.max(1, tp);
        double actor = actorOk / (double) Math.max(1, tp);
        System.out.printf(Locale.ROOT, "figures on the seeds: P %.3f R %.3f F1 %.3f (tp %d, fp %d, fn %d) "
                + "qualifier %.3f actor %.3f%n", precision, recall, f1, tp, fp, fn, qualifier, actor);
        misses.forEach(m -> System.out.println("    " + m));
        assertThat(f1).as("figure F1; %s", misses).isGreaterThanOrEqualTo(0.95);
        assertThat(qualifier).as("qualifier accuracy; %s", misses).isGreaterThanOrEqualTo(0.95);
        assertThat(actor).as("actor accuracy; %s", misses).isGreaterThanOrEqualTo(0.95);
    }

    private static boolean sameValue(Double a, Double b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return Math.abs(a - b) <= 0.005 * Math.max(Math.max(Math.abs(a), Math.abs(b)), 1e-9);
    }

    private static boolean sameSentence(String a, String b) {
        String fa = fold(a);
        String fb = fold(b);
        if (fa.isEmpty() || fb.isEmpty()) {
            return false;
        }
        if (fa.contains(fb) || fb.contains(fa)) {
            return true;
        }
        Set<String> ta = tokens(fa);
        Set<String> tb = tokens(fb);
        Set<String> union = new HashSet<>(ta);
        union.addAll(tb);
        ta.retainAll(tb);
        return ta.size() / (double) Math.max(1, union.size()) >= 0.5;
    }

    private static Set<String> tokens(String folded) {
        Set<String> out = new HashSet<>();
        Matcher m = Pattern.compile("[a-z0-9]+").matcher(folded);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Lower case, no diacritics, straight quotes, single spaces: the scorer's fold(). */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        s = s.replace("ı", "i").replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
                .replace('\u00a0', ' ');
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static String normUrl(String url) {
        String u = fold(url == null ? "" : url).replaceFirst("^https?://", "").replaceFirst("^www\\.", "")
                .replaceAll("/amp/?", "/");
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
