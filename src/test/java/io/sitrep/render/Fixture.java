package io.sitrep.render;

import io.sitrep.aggregate.Aggregator;
import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.aggregate.Briefing;
import io.sitrep.analysis.ArticleAnalysis;
import io.sitrep.analysis.DateMention;
import io.sitrep.analysis.Dictionary;
import io.sitrep.analysis.Entity;
import io.sitrep.analysis.EntityType;
import io.sitrep.analysis.Figure;
import io.sitrep.analysis.Measure;
import io.sitrep.analysis.Mention;
import io.sitrep.analysis.Precision;
import io.sitrep.analysis.Qualifier;
import io.sitrep.analysis.Quote;
import io.sitrep.analysis.Sentence;
import io.sitrep.analysis.SentenceSplitter;
import io.sitrep.analysis.UnconfirmedName;
import io.sitrep.content.Article;
import io.sitrep.content.BriefingConfig;
import io.sitrep.content.Content;
import io.sitrep.content.ContentLoader;
import io.sitrep.content.Markdown;
import io.sitrep.publish.SiteOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small briefing for render tests: two articles loaded by the real content loader, with an
 * analysis written by hand (the analysis stage is built elsewhere) so that every kind of
 * finding is present, plus markup that must not survive (scripts, javascript: links).
 */
final class Fixture {

    static final String ALPHA = """
            ---
            title: "Alpha <script>alert(1)</script> report"
            date: 2020-02-05
            source: "Wire One"
            url: "https://example.com/alpha"
            tags: [idlib, turkey]
            caption: "A convoy near the border"
            ---

            Turkey said *eight Turkish soldiers* were killed in Idlib on Monday. The [United Nations](https://un.org/news) said more than 800,000 people fled.

            “We will respond,” said Erdoğan. <script>alert('x')</script>

            Click [here](javascript:alert(1)) for <img src="https://evil.example/x.png" onerror="alert(1)"> more, or `run` it.
            """;

    static final String BETA = """
            ---
            title: "Beta: soldiers killed"
            date: 2020-02-10
            source: "Wire Two"
            tags: [turkey]
            ---

            Turkey reported 10 soldiers killed on Saturday. Mehmet Demir, a spokesman, told reporters that “talks continue” in Ankara.
            """;

    static final Entity TURKEY = new Entity("turkey", "Turkey", EntityType.COUNTRY, List.of("Türkiye"), List.of("Ankara"),
            null, null, null);
    static final Entity IDLIB = new Entity("idlib", "Idlib", EntityType.PLACE, List.of(), List.of(), null, 35.9, 36.6);
    static final Entity ERDOGAN = new Entity("recep-tayyip-erdogan", "Recep Tayyip Erdoğan", EntityType.PERSON,
            List.of("Erdoğan"), List.of(), "Turkey", null, null);
    static final Entity UN = new Entity("united-nations", "United Nations", EntityType.ORGANIZATION, List.of("UN"),
            List.of(), null, null, null);

    private Fixture() {
    }

    static Dictionary dictionary() {
        return new Dictionary(List.of(TURKEY, IDLIB, ERDOGAN, UN), "fixture");
    }

    static BriefingConfig config() {
        return new BriefingConfig("Test briefing", "A fixture", "Two articles", "en", "https://example.org/brief/",
                null, null, false);
    }

    /** The two fixture articles, loaded from a content folder written under {@code dir}. */
    static List<Article> articles(Path dir) {
        try {
            Path articles = Files.createDirectories(dir.resolve("content/articles"));
            Files.writeString(articles.resolve("2020-02-05-alpha.md"), ALPHA, StandardCharsets.UTF_8);
            Files.writeString(articles.resolve("2020-02-10-beta.md"), BETA, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("content/briefing.yaml"), "title: \"Test briefing\"\n", StandardCharsets.UTF_8);
            Content content = new ContentLoader(new Markdown()).load(dir.resolve("content"), false);
            return content.articles();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (io.sitrep.content.ContentException e) {
            throw new IllegalStateException(e.problems().toString(), e);
        }
    }

    static Briefing briefing(Path dir) {
        List<AnalyzedArticle> analyzed = new ArrayList<>();
        for (Article a : articles(dir)) {
            analyzed.add(new AnalyzedArticle(a, a.slug().endsWith("alpha") ? alpha(a) : beta(a)));
        }
        return new Aggregator().aggregate(config(), dictionary(), analyzed);
    }

    /** The same articles with nothing found but sentences, as the analysis stage gives today. */
    static Briefing sentencesOnly(Path dir) {
        List<AnalyzedArticle> analyzed = new ArrayList<>();
        for (Article a : articles(dir)) {
            List<Sentence> s = new SentenceSplitter().split(a.text());
            analyzed.add(new AnalyzedArticle(a, new ArticleAnalysis(a.slug(), s, List.of(), List.of(), List.of(),
                    List.of(), List.of())));
        }
        return new Aggregator().aggregate(config(), Dictionary.empty(), analyzed);
    }

    private static ArticleAnalysis alpha(Article a) {
        Finder f = new Finder(a);
        LocalDate day = a.meta().date();
        List<Mention> mentions = List.of(f.mention("turkey", "Turkey"), f.mention("idlib", "Idlib"),
                f.mention("united-nations", "United Nations"), f.mention("recep-tayyip-erdogan", "Erdoğan"));
        List<Figure> figures = List.of(
                f.figure(Measure.KILLED, "eight", 8, Qualifier.EXACT, "Turkish soldiers", "Turkey", LocalDate.of(2020, 2, 3)),
                f.figure(Measure.DISPLACED, "more than 800,000", 800000, Qualifier.MORE_THAN, "people", "civilians", day));
        List<DateMention> dates = List.of(f.date("on Monday", LocalDate.of(2020, 2, 3)));
        List<Quote> quotes = List.of(f.quote("recep-tayyip-erdogan", "Recep Tayyip Erdoğan", "We will respond,", false));
        return new ArticleAnalysis(a.slug(), f.sentences, mentions, figures, dates, quotes, List.of());
    }

    private static ArticleAnalysis beta(Article a) {
        Finder f = new Finder(a);
        List<Mention> mentions = List.of(f.mention("turkey", "Turkey"));
        List<Figure> figures = List.of(
                f.figure(Measure.KILLED, "10", 10, Qualifier.EXACT, "soldiers", "Turkey", LocalDate.of(2020, 2, 8)));
        List<DateMention> dates = List.of(f.date("on Saturday", LocalDate.of(2020, 2, 8)));
        List<Quote> quotes = List.of(f.quote(null, "Mehmet Demir", "talks continue", true));
        int at = f.at("Mehmet Demir");
        List<UnconfirmedName> names = List.of(new UnconfirmedName("Mehmet Demir", EntityType.PERSON, "told reporters",
                f.sentenceAt(at), at, at + "Mehmet Demir".length()));
        return new ArticleAnalysis(a.slug(), f.sentences, mentions, figures, dates, quotes, names);
    }

    /** Finds words in an article's plain text and gives them offsets and sentences. */
    private static final class Finder {
        final String text;
        final List<Sentence> sentences;

        Finder(Article a) {
            this.text = a.text().text();
            this.sentences = new SentenceSplitter().split(a.text());
        }

        int at(String needle) {
            int i = text.indexOf(needle);
            if (i < 0) {
                throw new IllegalArgumentException("not in the text: " + needle);
            }
            return i;
        }

        int sentenceAt(int offset) {
            for (Sentence s : sentences) {
                if (offset >= s.start() && offset < s.end()) {
                    return s.index();
                }
            }
            throw new IllegalArgumentException("no sentence at " + offset);
        }

        Mention mention(String id, String surface) {
            int i = at(surface);
            return new Mention(id, i, i + surface.length(), surface, sentenceAt(i));
        }

        Figure figure(Measure m, String surface, long value, Qualifier q, String group, String actor, LocalDate date) {
            int i = at(surface);
            BigDecimal v = BigDecimal.valueOf(value);
            return new Figure(m, v, null, null, q, v, group, actor, date, sentenceAt(i), i, i + surface.length(), surface);
        }

        DateMention date(String surface, LocalDate date) {
            int i = at(surface);
            return new DateMention(surface, date, null, Precision.DAY, sentenceAt(i), i, i + surface.length());
        }

        Quote quote(String speaker, String name, String words, boolean fragment) {
            int i = at(words);
            return new Quote(speaker, name, words, fragment, sentenceAt(i), i, i + words.length());
        }
    }

    /** Renders a briefing into memory: path → bytes, sorted (pages come from several threads at once). */
    static Map<String, byte[]> render(Briefing briefing, ChartSet charts) throws Exception {
        Map<String, byte[]> files = new java.util.concurrent.ConcurrentSkipListMap<>();
        SiteOutput out = files::put;
        new SiteRenderer(new Templates(Path.of("templates")), new Markdown()).render(briefing, charts, out);
        return files;
    }

    static String page(Map<String, byte[]> files, String path) {
        byte[] bytes = files.get(path);
        if (bytes == null) {
            throw new AssertionError("no page " + path + " in " + files.keySet());
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Writes rendered files to a folder, for the link checker and a browser. */
    static void write(Map<String, byte[]> files, Path dir) throws IOException {
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }
    }
}
