package io.sitrep.render.pdf;

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
import io.sitrep.content.Article;
import io.sitrep.content.BriefingConfig;
import io.sitrep.content.Content;
import io.sitrep.content.ContentLoader;
import io.sitrep.content.Markdown;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Briefings made by hand for the PDF tests: real loaded articles, analysis written out. */
final class BriefingFixtures {

    static final String CONFLICT_TITLE = "Erdoğan steps back from a military line against Russia in Idlib";
    static final String DIPLOMACY_TITLE = "Ankara urges Moscow to halt regime attacks — Çavuşoğlu speaks";
    static final String CEASEFIRE_TITLE = "Turkey softens its stance in conflict over Idlib";

    private BriefingFixtures() {
    }

    static Dictionary dictionary() {
        return new Dictionary(List.of(
                new Entity("turkey", "Turkey", EntityType.COUNTRY, List.of("Turkish"), List.of("Ankara"), null, null, null),
                new Entity("russia", "Russia", EntityType.COUNTRY, List.of(), List.of("Moscow"), null, null, null),
                new Entity("mevlut-cavusoglu", "Mevlüt Çavuşoğlu", EntityType.PERSON, List.of("Çavuşoğlu"), List.of(),
                        "Turkey", null, null),
                new Entity("idlib", "Idlib", EntityType.PLACE, List.of(), List.of(), null, 35.93, 36.63)), "fixture");
    }

    /** Three articles from three outlets with figures, dates, mentions and a quote. */
    static Briefing threeArticles(Path dir) throws Exception {
        write(dir, "2020-02-05-conflict.md", """
                ---
                title: "%s"
                date: 2020-02-05
                source: "EA WorldView"
                url: "https://eaworldview.com/2020/02/syria-erdogan-russia-idlib-a-very-long-address-that-must-wrap-on-paper/"
                ---

                Turkey's President stepped back in Idlib, where the offensive has displaced more than 800,000 people.

                On Wednesday regime fire killed eight Turkish personnel.
                """.formatted(CONFLICT_TITLE));
        write(dir, "2020-02-06-diplomacy.md", """
                ---
                title: "%s"
                date: 2020-02-06
                source: "Hürriyet Daily News"
                url: "https://hurriyetdailynews.com/ankara-urges-moscow"
                summary: "Turkey asked Russia to stop the Syrian offensive in Idlib after a deadly week."
                ---

                **ISTANBUL**

                “We expect Russia to stop the regime as soon as possible,” Çavuşoğlu told reporters in Baku.
                """.formatted(DIPLOMACY_TITLE));
        write(dir, "2020-02-14-ceasefire.md", """
                ---
                title: "%s"
                date: 2020-02-14
                source: "IPA News"
                ---

                Turkey has softened its tone in Idlib, where 14 Turkish soldiers were killed over the past two weeks.

                Ankara is sending some 5,000 additional troops to Idlib.
                """.formatted(CEASEFIRE_TITLE));
        Content content = new ContentLoader(new Markdown()).load(dir, false);
        List<AnalyzedArticle> analyzed = new ArrayList<>();
        for (Article a : content.articles()) {
            analyzed.add(new AnalyzedArticle(a, analysis(a)));
        }
        return new Aggregator().aggregate(content.briefing(), dictionary(), analyzed);
    }

    /** A briefing with nothing in it at all. */
    static Briefing empty() {
        return new Aggregator().aggregate(BriefingConfig.defaults(), Dictionary.empty(), List.of());
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles").resolve(name), text);
        if (!Files.exists(dir.resolve("briefing.yaml"))) {
            Files.writeString(dir.resolve("briefing.yaml"), """
                    title: "Idlib, February 2020"
                    subtitle: "Turkey, Syria and Russia at the brink"
                    description: "A test briefing built from three articles."
                    """);
        }
    }

    private static ArticleAnalysis analysis(Article a) {
        String text = a.text().text();
        List<Sentence> sentences = new ArrayList<>();
        for (String block : text.split("\n\n")) {
            int start = text.indexOf(block);
            sentences.add(new Sentence(sentences.size(), start, start + block.length(), block));
        }
        LocalDate day = a.meta().date();
        List<Figure> figures = new ArrayList<>();
        List<DateMention> dates = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        Map<String, String> names = Map.of("Turkey", "turkey", "Turkish", "turkey", "Russia", "russia",
                "Çavuşoğlu", "mevlut-cavusoglu", "Idlib", "idlib");
        for (Sentence s : sentences) {
            names.forEach((surface, id) -> {
                int at = s.text().indexOf(surface);
                if (at >= 0) {
                    mentions.add(new Mention(id, s.start() + at, s.start() + at + surface.length(), surface, s.index()));
                }
            });
        }
        mentions.sort(java.util.Comparator.comparingInt(Mention::start));
        switch (a.slug()) {
            case "2020-02-05-conflict" -> {
                figures.add(figure(sentences.get(0), "more than 800,000", Measure.DISPLACED, 800_000,
                        Qualifier.MORE_THAN, "people", "civilians", day));
                figures.add(figure(sentences.get(1), "eight", Measure.KILLED, 8, Qualifier.EXACT,
                        "Turkish personnel", "Turkey", LocalDate.of(2020, 2, 5)));
                dates.add(new DateMention("On Wednesday", LocalDate.of(2020, 2, 5), null, Precision.DAY, 1,
                        sentences.get(1).start(), sentences.get(1).start() + 12));
            }
            case "2020-02-06-diplomacy" -> quotes.add(new Quote("mevlut-cavusoglu", "Mevlüt Çavuşoğlu",
                    "We expect Russia to stop the regime as soon as possible", false, 1, 0, 10));
            case "2020-02-14-ceasefire" -> {
                figures.add(figure(sentences.get(0), "14", Measure.KILLED, 14, Qualifier.EXACT,
                        "Turkish soldiers", "Turkey", day));
                figures.add(figure(sentences.get(1), "some 5,000", Measure.TROOPS, 5_000, Qualifier.ABOUT,
                        "Turkish troops", "Turkey", day));
                dates.add(new DateMention("over the past two weeks", LocalDate.of(2020, 1, 31),
                        LocalDate.of(2020, 2, 14), Precision.DAY, 0, sentences.get(0).start(), sentences.get(0).start() + 5));
            }
            default -> throw new IllegalArgumentException(a.slug());
        }
        return new ArticleAnalysis(a.slug(), sentences, mentions, figures, dates, quotes, List.of());
    }

    private static Figure figure(Sentence s, String surface, Measure measure, long value, Qualifier q,
                                 String group, String actor, LocalDate date) {
        int at = Math.max(0, s.text().indexOf(surface));
        BigDecimal v = BigDecimal.valueOf(value);
        return new Figure(measure, v, null, null, q, v, group, actor, date, s.index(), s.start() + at,
                s.start() + at + surface.length(), surface);
    }
}
