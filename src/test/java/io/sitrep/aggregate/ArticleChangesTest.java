package io.sitrep.aggregate;

import static io.sitrep.Fixtures.analyzed;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleChangesTest {

    @Test
    void articlesAreComparedByInstanceSoAnEqualButReloadedArticleCountsAsChanged() {
        AnalyzedArticle kept = analyzed("kept", "2020-02-01", "AFP");
        AnalyzedArticle removed = analyzed("removed", "2020-02-02", "AFP");
        AnalyzedArticle edited = analyzed("edited", "2020-02-03", "AFP");
        AnalyzedArticle reloaded = analyzed("edited", "2020-02-03", "AFP"); // equal, another instance
        AnalyzedArticle added = analyzed("added", "2020-02-04", "AFP");
        var before = ArticleChanges.instances(List.of(kept, removed, edited));

        ArticleChanges changes = ArticleChanges.between(before, List.of(kept, reloaded, added));

        assertThat(changes.gone()).extracting(AnalyzedArticle::slug).containsExactlyInAnyOrder("removed", "edited");
        assertThat(changes.fresh()).extracting(AnalyzedArticle::slug).containsExactly("edited", "added");
        assertThat(changes.now()).hasSize(3).containsKey(reloaded.article());
        assertThat(changes.many(3)).as("4 changes of 3 articles").isTrue();
        assertThat(ArticleChanges.between(changes.now(), List.of(kept, reloaded, added)).gone()).isEmpty();
    }

    @Test
    void aFewChangesAmongManyAreNotMany() {
        List<AnalyzedArticle> articles = java.util.stream.IntStream.range(0, 40)
                .mapToObj(i -> analyzed("a" + i, "2020-02-01", "AFP")).toList();
        var before = ArticleChanges.instances(articles.subList(0, 39));

        ArticleChanges changes = ArticleChanges.between(before, articles);

        assertThat(changes.fresh()).hasSize(1);
        assertThat(changes.many(articles.size())).isFalse();
    }
}
