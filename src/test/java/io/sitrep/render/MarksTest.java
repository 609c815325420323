package io.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.analysis.ArticleAnalysis;
import io.sitrep.analysis.Mention;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarksTest {

    @TempDir
    Path dir;

    @Test
    void marksAreInSourceOffsetsOutermostFirstAndOverlapsInALayerAreDropped() {
        AnalyzedArticle a = Fixture.briefing(dir).articles().stream().filter(x -> x.slug().endsWith("alpha"))
                .findFirst().orElseThrow();
        ArticleAnalysis an = a.analysis();
        Mention turkey = an.mentions().get(0);
        // a second mention overlapping the first one ("Turkey s") must not produce crossing tags
        Mention overlapping = new Mention("idlib", turkey.start() + 2, turkey.end() + 2, "rkey s", 0);
        List<Mention> mentions = new java.util.ArrayList<>(an.mentions());
        mentions.add(overlapping);
        ArticleAnalysis changed = new ArticleAnalysis(an.article(), an.sentences(), mentions, an.figures(), an.dates(),
                an.quotes(), an.unconfirmed());
        Marks marks = Marks.of(new AnalyzedArticle(a.article(), changed), Fixture.dictionary().index(), "../");
        int source = a.article().text().toSource(turkey.start());
        assertThat(a.article().source().substring(source, source + 6)).isEqualTo("Turkey");
        assertThat(marks.at(source)).extracting(Mark::layer).containsExactly(Mark.Layer.SENTENCE, Mark.Layer.MENTION);
        assertThat(marks.at(source + 7)).extracting(Mark::layer).containsExactly(Mark.Layer.SENTENCE);
        assertThat(marks.sentences()).extracting(Mark::id).containsExactly("s1", "s2", "s3", "s4");
    }

    @Test
    void offsetsOutsideTheTextAreIgnored() {
        AnalyzedArticle a = Fixture.briefing(dir).articles().get(0);
        ArticleAnalysis bad = new ArticleAnalysis(a.slug(), a.analysis().sentences(),
                List.of(new Mention("turkey", 5, 100000, "x", 0)), List.of(), List.of(), List.of(), List.of());
        Marks marks = Marks.of(new AnalyzedArticle(a.article(), bad), Fixture.dictionary().index(), "../");
        int inside = a.article().text().toSource(6);
        assertThat(marks.at(inside)).extracting(Mark::layer).doesNotContain(Mark.Layer.MENTION);
    }
}
