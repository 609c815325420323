package io.sitrep.render;

import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.analysis.ArticleAnalysis;
import io.sitrep.analysis.DateMention;
import io.sitrep.analysis.Entity;
import io.sitrep.analysis.Figure;
import io.sitrep.analysis.Mention;
import io.sitrep.analysis.Quote;
import io.sitrep.analysis.Sentence;
import io.sitrep.content.PlainText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Turns what the analysis found in one article (sentences, quotes, figures, dates, mentions,
 * all in plain-text offsets) into {@link Mark}s in source offsets, one list per layer, sorted
 * and without overlaps inside a layer (the first of two overlapping marks wins).
 */
final class Marks {

    private final Map<Mark.Layer, List<Mark>> byLayer;

    private Marks(Map<Mark.Layer, List<Mark>> byLayer) {
        this.byLayer = byLayer;
    }

    /**
     * @param entities every entity of the dictionary, by id
     * @param root     the relative path from the article page to the site root ("../")
     */
    static Marks of(AnalyzedArticle article, Map<String, Entity> entities, String root) {
        PlainText text = article.article().text();
        ArticleAnalysis a = article.analysis();
        List<Mark> all = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            add(all, text, s.start(), s.end(), Mark.Layer.SENTENCE, "span", " class=\"s\"", s.anchorId());
        }
        for (Quote q : a.quotes()) {
            String who = q.speakerName() == null ? "unknown speaker" : q.speakerName();
            add(all, text, q.start(), q.end(), Mark.Layer.QUOTE, "span",
                    " class=\"quote\" title=\"" + Html.attr("Quote: " + who) + "\"", null);
        }
        for (Figure f : a.figures()) {
            String title = f.measure().id() + (f.group() == null ? "" : ": " + f.group())
                    + (f.actor() == null ? "" : " (" + f.actor() + ")");
            add(all, text, f.start(), f.end(), Mark.Layer.FIGURE, "mark",
                    " class=\"fig fig-" + f.measure().id() + "\" title=\"" + Html.attr(title) + "\"", null);
        }
        for (DateMention d : a.dates()) {
            add(all, text, d.start(), d.end(), Mark.Layer.DATE, "time",
                    " class=\"date\" datetime=\"" + Html.attr(d.value()) + "\"", null);
        }
        for (Mention m : a.mentions()) {
            Entity e = entities.get(m.entity());
            if (e != null) {
                add(all, text, m.start(), m.end(), Mark.Layer.MENTION, "a",
                        " class=\"ent ent-" + e.type().id() + "\" href=\"" + Html.attr(root + e.pagePath()) + "\"",
                        null);
            }
        }
        Map<Mark.Layer, List<Mark>> byLayer = new EnumMap<>(Mark.Layer.class);
        for (Mark.Layer layer : Mark.Layer.values()) {
            byLayer.put(layer, withoutOverlaps(all.stream().filter(m -> m.layer() == layer).toList()));
        }
        return new Marks(byLayer);
    }

    private static void add(List<Mark> out, PlainText text, int start, int end, Mark.Layer layer, String tag,
                            String attrs, String id) {
        int length = text.text().length();
        if (start < 0 || end > length || start >= end) {
            return; // an offset the text does not have: nothing to mark rather than a broken page
        }
        // end-1 maps the last character itself; end may map to the start of the next block
        out.add(new Mark(text.toSource(start), text.toSource(end - 1) + 1, layer, tag, attrs, id));
    }

    private static List<Mark> withoutOverlaps(List<Mark> marks) {
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt(Mark::start).thenComparingInt(m -> -m.end()));
        List<Mark> out = new ArrayList<>();
        int lastEnd = Integer.MIN_VALUE;
        for (Mark m : sorted) {
            if (m.start() >= lastEnd) {
                out.add(m);
                lastEnd = m.end();
            }
        }
        return List.copyOf(out);
    }

    /** The marks covering {@code sourceOffset}, outermost first (at most one per layer). */
    List<Mark> at(int sourceOffset) {
        return span(sourceOffset).marks();
    }

    /**
     * The marks at {@code sourceOffset} ({@link #at}) and the offsets {@code [from, to)} around it
     * where they stay the same, so a caller walking the text asks again only at a boundary
     * (a look-up per character was a sixth of an article page's render).
     */
    record Span(List<Mark> marks, int from, int to) {
        boolean covers(int offset) {
            return offset >= from && offset < to;
        }
    }

    Span span(int sourceOffset) {
        List<Mark> out = new ArrayList<>(Mark.Layer.values().length);
        int from = Integer.MIN_VALUE;
        int to = Integer.MAX_VALUE;
        for (List<Mark> layer : byLayer.values()) {
            int lo = 0;
            int hi = layer.size() - 1;
            Mark found = null;
            while (lo <= hi && found == null) {
                int mid = (lo + hi) >>> 1;
                Mark m = layer.get(mid);
                if (sourceOffset < m.start()) {
                    hi = mid - 1;
                } else if (sourceOffset >= m.end()) {
                    lo = mid + 1;
                } else {
                    found = m;
                }
            }
            if (found != null) {
                out.add(found);
                from = Math.max(from, found.start());
                to = Math.min(to, found.end());
            } else { // between layer[lo - 1] and layer[lo]
                if (lo > 0) {
                    from = Math.max(from, layer.get(lo - 1).end());
                }
                if (lo < layer.size()) {
                    to = Math.min(to, layer.get(lo).start());
                }
            }
        }
        return new Span(List.copyOf(out), from, to);
    }

    /** Sentence marks that start inside {@code [start, end)}. */
    List<Mark> sentencesStartingIn(int start, int end) {
        return byLayer.get(Mark.Layer.SENTENCE).stream().filter(m -> m.start() >= start && m.start() < end).toList();
    }

    List<Mark> sentences() {
        return byLayer.get(Mark.Layer.SENTENCE);
    }
}
