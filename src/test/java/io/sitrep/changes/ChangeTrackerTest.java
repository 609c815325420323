package io.sitrep.changes;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.Fixtures;
import io.sitrep.aggregate.Aggregator;
import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.aggregate.Briefing;
import io.sitrep.analysis.Dictionary;
import io.sitrep.analysis.Measure;
import io.sitrep.analysis.Qualifier;
import io.sitrep.content.BriefingConfig;
import io.sitrep.render.view.Pages;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeTrackerTest {

    @TempDir
    Path dir;

    private final ChangeTracker tracker = new ChangeTracker();

    private static Briefing briefing(AnalyzedArticle... articles) {
        return new Aggregator().aggregate(BriefingConfig.defaults(), Dictionary.empty(), List.of(articles));
    }

    private static AnalyzedArticle displaced(String slug, String date, String source, long value) {
        return Fixtures.analyzed(slug, date, source,
                Fixtures.figure(Measure.DISPLACED, value, Qualifier.MORE_THAN, "civilians", date));
    }

    @Test
    void theFirstBuildRecordsASnapshotButNoEntry() {
        History first = tracker.next(null, briefing(displaced("a", "2020-02-05", "Rudaw", 800_000)));
        assertThat(first.lastNumber()).isEqualTo(1);
        assertThat(first.builds()).isEmpty();
        assertThat(first.snapshot().articles()).containsOnlyKeys("a");
    }

    @Test
    void aBuildWithoutChangesGivesBackThePreviousHistoryItself() {
        Briefing b = briefing(displaced("a", "2020-02-05", "Rudaw", 800_000));
        History first = tracker.next(null, b);
        History second = tracker.next(first, b);
        assertThat(second).isSameAs(first);
        assertThat(ChangeTracker.changed(first, second)).isFalse();
    }

    @Test
    void newChangedAndRemovedArticlesAndMovedFiguresAreListed() {
        History first = tracker.next(null, briefing(displaced("a", "2020-02-05", "Rudaw", 800_000),
                displaced("b", "2020-02-06", "AFP", 700_000)));
        AnalyzedArticle c = displaced("c", "2020-02-19", "Rudaw", 900_000);

        History second = tracker.next(first, briefing(displaced("a", "2020-02-05", "Rudaw", 800_000), c));

        assertThat(second.lastNumber()).isEqualTo(2);
        BuildRecord r = second.builds().get(0);
        assertThat(r.added()).extracting(BuildRecord.Item::text).containsExactly("Title c (Rudaw, 2020-02-19)");
        assertThat(r.added().get(0).path()).isEqualTo("articles/c.html");
        assertThat(r.removed()).extracting(BuildRecord.Item::text).containsExactly("Title b (AFP, 2020-02-06)");
        assertThat(r.removed().get(0).path()).isNull();
        assertThat(r.figures()).hasSize(1);
        assertThat(r.figures().get(0).text()).endsWith(": 700,000 → 900,000, Rudaw, 19 Feb");
        assertThat(ChangeTracker.summary(r)).isEqualTo("1 new article, 1 removed article, 1 figure moved");
    }

    @Test
    void theViewListsBuildsNewestFirst() {
        History h = tracker.next(null, briefing(displaced("a", "2020-02-05", "Rudaw", 800_000)));
        h = tracker.next(h, briefing(displaced("a", "2020-02-05", "Rudaw", 800_000),
                displaced("b", "2020-02-06", "AFP", 800_000)));
        h = tracker.next(h, briefing(displaced("b", "2020-02-06", "AFP", 800_000)));

        Pages.ChangesPage view = ChangeTracker.view(h);

        assertThat(view.builds()).extracting(Pages.BuildChanges::title).containsExactly("Build 3", "Build 2");
        assertThat(view.builds().get(0).removed()).hasSize(1);
    }

    @Test
    void theHistoryReadsBackFromTheStateFolderAndATornFileReadsAsNone() throws Exception {
        History h = tracker.next(null, briefing(displaced("a", "2020-02-05", "Rudaw", 800_000)));
        h = tracker.next(h, briefing(displaced("a", "2020-02-05", "Rudaw", 850_000)));
        h.write(dir);

        assertThat(History.read(dir)).isEqualTo(h);

        byte[] b = java.nio.file.Files.readAllBytes(dir.resolve(History.FILE));
        java.nio.file.Files.write(dir.resolve(History.FILE), java.util.Arrays.copyOf(b, b.length - 10));
        assertThat(History.read(dir)).isNull();
    }
}
