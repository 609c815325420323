package io.sitrep.render.view;

import io.sitrep.render.view.Parts.ArticleRef;
import io.sitrep.render.view.Parts.Change;
import io.sitrep.render.view.Parts.ChartView;
import io.sitrep.render.view.Parts.ClaimView;
import io.sitrep.render.view.Parts.DateView;
import io.sitrep.render.view.Parts.Group;
import io.sitrep.render.view.Parts.HeadlineView;
import io.sitrep.render.view.Parts.QuoteView;
import io.sitrep.render.view.Parts.Ref;
import io.sitrep.render.view.Parts.SourceValue;
import java.util.List;

/** One model per kind of page, built in Java so the templates only lay them out. */
public final class Pages {

    private Pages() {
    }

    public record IndexPage(String period, int articleCount, int sourceCount, List<HeadlineView> keyFigures,
                            List<ChartView> charts, List<ArticleRef> latest, List<Ref> actors, List<Ref> sources,
                            List<Ref> tags, List<Change> changes) {
    }

    public record ArticlePage(ArticleRef article, String author, String url, String caption, String image,
                              String language, int words, String body, List<ClaimView> figures,
                              List<QuoteView> quotes, List<DateView> dates, List<Ref> entities,
                              ArticleRef newer, ArticleRef older) {
    }

    public record EntityPage(String name, String type, String typeLabel, List<String> aliases, String affiliation,
                             int mentions, int maxPerDay, List<Parts.DayCount> perDay, List<ArticleRef> articles,
                             List<Integer> articleMentions, List<QuoteView> quotes, List<Ref> related,
                             List<ClaimView> figures, List<ChartView> charts, int articleTotal, int quoteTotal,
                             int figureTotal) {
    }

    public record EntityIndexPage(String heading, String intro, List<Group<Ref>> groups) {
    }

    public record SeriesView(String id, String label, String measure, String actor, HeadlineView headline,
                             List<ClaimView> claims, List<SourceValue> bySource, boolean conflicting,
                             List<ChartView> charts, int claimTotal) {
    }

    public record FiguresPage(List<SeriesView> series, List<ChartView> charts, int claimCount) {
    }

    public record TimelinePage(List<Group<DateView>> months, int count) {
    }

    public record QuotesPage(List<Group<QuoteView>> speakers, int count) {
    }

    /** A name seen in the articles but not in the dictionary. */
    public record NameView(String name, String type, List<String> cues, int count, List<Ref> sentences) {
    }

    public record NamesPage(List<NameView> names, String yaml) {
    }

    /** A list of links with counts: the sources and tags indexes. */
    public record RefListPage(String heading, String intro, List<Ref> items) {
    }

    /** A list of articles: one source, one tag. */
    public record ArticleListPage(String heading, String intro, List<ArticleRef> articles) {
    }

    public record ArchivePage(List<Group<ArticleRef>> months, int count) {
    }

    public record SearchPage(int entries) {
    }

    public record NotFoundPage(String base) {
    }

    /**
     * What changed between builds, newest build first.
     *
     * @param builds the builds that changed something
     */
    public record ChangesPage(List<BuildChanges> builds) {
        public ChangesPage {
            builds = List.copyOf(builds);
        }

        public static ChangesPage none() {
            return new ChangesPage(List.of());
        }
    }

    /**
     * The changes one build brought.
     *
     * @param id      anchor on the changes page ("build-7")
     * @param title   "Build 7"
     * @param asOf    the newest article's date after that build, or null
     * @param summary one line: "2 new, 1 changed, 1 removed; 3 figures moved"
     */
    public record BuildChanges(String id, String title, Parts.Day asOf, String summary, List<Change> added,
                               List<Change> changed, List<Change> removed, List<Change> figures) {
        public BuildChanges {
            added = List.copyOf(added);
            changed = List.copyOf(changed);
            removed = List.copyOf(removed);
            figures = List.copyOf(figures);
        }
    }
}
