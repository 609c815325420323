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
        assertThat(marks.span(source + 3)).satisfies(span -> {
            assertThat(span.from()).isEqualTo(source);
            assertThat(span.to()).isEqualTo(source + 6);
        });
    }

    @Test
    void aSpanHoldsTheSameMarksFromItsStartToItsEnd() {
        AnalyzedArticle a = Fixture.briefing(dir).articles().get(0);
        Marks marks = Marks.of(a, Fixture.dictionary().index(), "../");
        int length = a.article().source().length();
        for (int offset = 0; offset < length; offset++) {
            Marks.Span span = marks.span(offset);
            assertThat(span.covers(offset)).isTrue();
            int first = Math.max(span.from(), 0);
            int last = Math.min(span.to(), length) - 1;
            assertThat(marks.at(first)).as("at %d", first).isEqualTo(span.marks());
            assertThat(marks.at(last)).as("at %d", last).isEqualTo(span.marks());
            if (span.to() < length) {
                assertThat(marks.at(span.to())).as("after %d", offset).isNotEqualTo(span.marks());
            }
        }
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
