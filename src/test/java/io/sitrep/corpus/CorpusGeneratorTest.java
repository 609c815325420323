package io.sitrep.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CorpusGeneratorTest {

    private static CorpusGenerator.Pool pool() throws Exception {
        return CorpusGenerator.poolOf(Path.of("content/articles"));
    }

    @Test
    void theSameSeedAndNumberGiveTheSameArticle() throws Exception {
        CorpusGenerator a = new CorpusGenerator(pool(), 7);
        CorpusGenerator b = new CorpusGenerator(pool(), 7);
        assertThat(a.article(42)).isEqualTo(b.article(42));
        assertThat(new CorpusGenerator(pool(), 8).article(42)).isNotEqualTo(a.article(42));
    }

    @Test
    void articlesAreCanonicalMarkdownWithFrontMatterAndVary() throws Exception {
        CorpusGenerator g = new CorpusGenerator(pool(), 1);
        List<CorpusGenerator.GeneratedArticle> all = IntStream.range(0, 50).mapToObj(g::article).toList();
        assertThat(all).extracting(CorpusGenerator.GeneratedArticle::path)
                .allMatch(p -> p.matches("articles/20(19|20)/[a-z0-9-]+-\\d{5}\\.md")).doesNotHaveDuplicates();
        assertThat(all.get(0).text()).startsWith("---\ntitle: \"").contains("\ndate: ", "\nsource: \"", "\ntags: [");
        assertThat(all.stream().map(a -> a.text().lines().filter(l -> l.startsWith("source:")).findFirst().orElseThrow())
                .distinct().count()).isGreaterThan(5);
        assertThat(all).allMatch(a -> a.text().split("\\s+").length > 400);
    }

    @Test
    void numbersChangeButYearsStay() {
        String out = CorpusGenerator.perturb("In 2019, 800,000 fled and 76 fighters died.", new SplittableRandom(3));
        assertThat(out).startsWith("In 2019, ").doesNotContain("800,000").matches(".*\\d{3},000 fled and \\d+ fighters.*");
    }

    @Test
    void theBodyFollowsTheFrontMatter() {
        assertThat(CorpusGenerator.body("---\ntitle: x\n---\n\nText.\n")).isEqualTo("\nText.\n");
        assertThat(CorpusGenerator.body("No front matter.")).isEqualTo("No front matter.");
    }

    @Test
    void slugsAreShortAndSafe() {
        assertThat(CorpusGenerator.slug("UN envoy warns over S-400 purchase!")).isEqualTo("un-envoy-warns-over-s-400-purchase");
    }
}
