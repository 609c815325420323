package io.sitrep.render.pdf;

import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.aggregate.Briefing;
import io.sitrep.aggregate.EntityStats;
import io.sitrep.aggregate.FigureSeries;
import io.sitrep.aggregate.Headline;
import io.sitrep.analysis.DateMention;
import io.sitrep.analysis.Figure;
import io.sitrep.analysis.Measure;
import io.sitrep.analysis.Qualifier;
import io.sitrep.analysis.Sentence;
import io.sitrep.content.Article;
import io.sitrep.content.BlockKind;
import io.sitrep.content.FrontMatter;
import io.sitrep.content.TextBlock;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Turns a {@link Briefing} into the printed briefing's {@link PrintModel}. Pure: same input, same model. */
final class PrintModelBuilder {

    /** How many actors the briefing lists. */
    static final int MAX_ACTORS = 15;
    /** A digest's summary is cut at a word boundary after this many characters. */
    static final int MAX_SUMMARY_CHARS = 700;
    /** A first paragraph shorter than this is a dateline or byline, not a summary. */
    static final int MIN_SUMMARY_WORDS = 8;
    /**
     * How many articles the print digests, newest first: at 10,000 articles a whole digest
     * would be thousands of pages, take minutes and print on nobody's desk.
     */
    static final int MAX_DIGESTS = 60;
    /** How many timeline entries the print lists (the latest ones of the digested articles). */
    static final int MAX_TIMELINE = 120;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    PrintModel build(Briefing briefing, List<PrintModel.PrintChart> charts) {
        var config = briefing.config();
        List<AnalyzedArticle> all = briefing.articles(); // newest first
        List<AnalyzedArticle> articles = all.subList(0, Math.min(all.size(), MAX_DIGESTS));
        return new PrintModel(
                nonNull(config.title()).isBlank() ? "Briefing" : config.title(),
                nonNull(config.subtitle()), nonNull(config.description()), nonNull(config.language()),
                period(briefing.from(), briefing.to()), day(asOf(briefing)),
                all.size(), (int) all.stream().map(a -> a.article().meta().source()).distinct().count(),
                keyFigures(briefing.series()), charts, timeline(articles), actors(briefing.entities()),
                digests(articles), sources(articles), articles.size());
    }

    /** The date of the newest information: the newest article's date, else the period's end. */
    static LocalDate asOf(Briefing briefing) {
        return briefing.articles().stream().map(a -> a.article().meta().date())
                .max(Comparator.naturalOrder()).orElse(briefing.to());
    }

    static String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "";
        }
        if (from == null || to == null || from.equals(to)) {
            return day(from != null ? from : to);
        }
        if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
            return from.getDayOfMonth() + "–" + day(to);
        }
        return day(from) + " – " + day(to);
    }

    private static List<PrintModel.KeyFigure> keyFigures(List<FigureSeries> series) {
        List<PrintModel.KeyFigure> out = new ArrayList<>();
        for (FigureSeries s : series) {
            Headline h = s.headline();
            if (h == null) {
                continue;
            }
            Figure f = h.claim().figure();
            String unit = s.measure() == Measure.MONEY && f.group() != null ? f.group() + " " : "";
            String value = qualifierWords(f) + unit + number(h.value())
                    + (f.qualifier() == Qualifier.VAGUE ? " (reported as “" + f.surface() + "”)" : "");
            String range = h.low().compareTo(h.high()) == 0 ? "" : unit + number(h.low()) + "–" + number(h.high());
            out.add(new PrintModel.KeyFigure(s.label(), value, range, day(h.asOf()), String.join(", ", h.sources()),
                    s.claims().size(), s.conflicting()));
        }
        return out;
    }

    private static String qualifierWords(Figure f) {
        if (f.qualifier() == null) {
            return "";
        }
        return switch (f.qualifier()) {
            case AT_LEAST, VAGUE -> "at least ";
            case MORE_THAN -> "more than ";
            case ABOUT -> "about ";
            case UP_TO -> "up to ";
            case EXACT, RANGE -> "";
        };
    }

    private record Dated(DateMention mention, AnalyzedArticle article) {
    }

    private static List<PrintModel.TimelineEntry> timeline(List<AnalyzedArticle> articles) {
        List<Dated> all = new ArrayList<>();
        for (AnalyzedArticle a : articles) {
            a.analysis().dates().forEach(d -> all.add(new Dated(d, a)));
        }
        all.sort(Comparator.comparing((Dated d) -> d.mention().date())
                .thenComparing(d -> d.mention().precision())
                .thenComparing(d -> d.article().article().meta().date())
                .thenComparing(d -> d.article().slug())
                .thenComparingInt(d -> d.mention().start()));
        List<PrintModel.TimelineEntry> out = new ArrayList<>();
        for (Dated d : all.subList(Math.max(0, all.size() - MAX_TIMELINE), all.size())) {
            DateMention m = d.mention();
            FrontMatter meta = d.article().article().meta();
            String date = switch (m.precision()) {
                case DAY -> day(m.date()) + (m.until() != null && !m.until().equals(m.date()) ? " – " + day(m.until()) : "");
                case MONTH -> m.date().format(MONTH);
                case YEAR -> Integer.toString(m.date().getYear());
            };
            out.add(new PrintModel.TimelineEntry(date, m.text(), sentence(d.article(), m.sentence()),
                    meta.source(), meta.title(), day(meta.date()), digestId(d.article().article())));
        }
        return out;
    }

    private static String sentence(AnalyzedArticle a, int index) {
        List<Sentence> sentences = a.analysis().sentences();
        return index >= 0 && index < sentences.size() ? sentences.get(index).text().strip() : "";
    }

    private static List<PrintModel.Actor> actors(List<EntityStats> entities) {
        return entities.stream().filter(e -> e.mentions() > 0).limit(MAX_ACTORS)
                .map(e -> new PrintModel.Actor(e.entity().name(), e.entity().type().id(), e.mentions(),
                        e.perArticle().size(), e.quotes()))
                .toList();
    }


    private static List<PrintModel.Digest> digests(List<AnalyzedArticle> articles) {
        List<PrintModel.Digest> out = new ArrayList<>();
        for (AnalyzedArticle a : articles) {
            FrontMatter meta = a.article().meta();
            List<String> figures = a.analysis().figures().stream().map(PrintModelBuilder::figureLine).toList();
            out.add(new PrintModel.Digest(digestId(a.article()), day(meta.date()), meta.source(), meta.title(),
                    nonNull(meta.author()), summary(a.article()), figures, nonNull(meta.url())));
        }
        return out;
    }

    static String digestId(Article article) {
        return "article-" + article.slug();
    }

    private static String figureLine(Figure f) {
        StringBuilder s = new StringBuilder(f.surface() == null ? number(f.value()) : f.surface());
        s.append(" · ").append(f.measure().id());
        if (f.group() != null && !f.group().isBlank()) {
            s.append(" · ").append(f.group());
        }
        if (f.actor() != null && !f.actor().isBlank() && !f.actor().equals(f.group())) {
            s.append(" (").append(f.actor()).append(')');
        }
        return s.toString();
    }

    /** The front matter summary, else the first paragraph long enough to be one, cut to length. */
    static String summary(Article article) {
        FrontMatter meta = article.meta();
        if (meta.summary() != null && !meta.summary().isBlank()) {
            return cut(meta.summary().strip());
        }
        String text = article.text().text();
        String fallback = "";
        for (TextBlock b : article.text().blocks()) {
            if (b.kind() != BlockKind.PARAGRAPH) {
                continue;
            }
            String p = text.substring(b.start(), b.end()).strip();
            if (p.split("\\s+").length >= MIN_SUMMARY_WORDS) {
                return cut(p);
            }
            if (p.length() > fallback.length()) {
                fallback = p;
            }
        }
        return cut(fallback);
    }

    static String cut(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        if (oneLine.length() <= MAX_SUMMARY_CHARS) {
            return oneLine;
        }
        int end = oneLine.lastIndexOf(' ', MAX_SUMMARY_CHARS);
        return oneLine.substring(0, end > 0 ? end : MAX_SUMMARY_CHARS) + " …";
    }

    private static List<PrintModel.SourceEntry> sources(List<AnalyzedArticle> articles) {
        return articles.stream().map(AnalyzedArticle::article)
                .sorted(Comparator.comparing((Article a) -> a.meta().source())
                        .thenComparing(a -> a.meta().date()).thenComparing(Article::slug))
                .map(a -> new PrintModel.SourceEntry(a.meta().source(), a.meta().title(), day(a.meta().date()),
                        nonNull(a.meta().url())))
                .toList();
    }

    static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return f.format(value);
    }

    static String day(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }

    private static String nonNull(String s) {
        return Objects.requireNonNullElse(s, "");
    }
}
