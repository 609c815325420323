package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.content.PlainText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureExtractorTest {

    private static final Dictionary DICTIONARY = new Dictionary(List.of(
            new Entity("wagner", "Wagner Group", EntityType.ORGANIZATION, List.of("Wagner"), List.of(), "Russia", null,
                    null),
            new Entity("mevlut-cavusoglu", "Mevlut Cavusoglu", EntityType.PERSON, List.of("Çavuşoğlu"), List.of(),
                    "Turkey", null, null),
            new Entity("syria", "Syria", EntityType.COUNTRY, List.of(), List.of("the regime"), null, null, null)),
            "test");
    private final FigureExtractor extractor = new FigureExtractor(FigureRules.defaults(), DICTIONARY);
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<Figure> find(PlainText text, List<Mention> mentions, List<DateMention> dates) {
        return extractor.find(text, splitter.split(text), mentions, dates, FigureTexts.PUBLISHED);
    }

    private static Mention mention(String text, String surface, String entity, int sentence) {
        int start = text.indexOf(surface);
        return new Mention(entity, start, start + surface.length(), surface, sentence);
    }

    private static DateMention date(String text, String surface, LocalDate value, Precision precision, int sentence) {
        int start = text.indexOf(surface);
        return new DateMention(surface, value, null, precision, sentence, start, start + surface.length());
    }

    @Test
    void a_figure_carries_its_sentence_offsets_surface_and_every_attribute() {
        PlainText text = FigureTexts.plain("Talks went on.", "Regime fire killed eight Turkish personnel. "
                + "The offensive has displaced more than 800,000.");
        List<Figure> figures = find(text, List.of(), List.of());
        assertThat(figures).hasSize(2);
        Figure eight = figures.get(0);
        assertThat(eight).isEqualTo(new Figure(Measure.KILLED, new BigDecimal("8"), null, null, Qualifier.EXACT,
                new BigDecimal("8"), "Turkish personnel", "Turkey", FigureTexts.PUBLISHED, 1,
                text.text().indexOf("eight"), text.text().indexOf("eight") + 5, "eight"));
        Figure displaced = figures.get(1);
        assertThat(displaced.sentence()).isEqualTo(2);
        assertThat(displaced.surface()).isEqualTo("more than 800,000");
        assertThat(text.text().substring(displaced.start(), displaced.end())).isEqualTo("more than 800,000");
        assertThat(displaced.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(displaced.group()).isEqualTo("people");
        assertThat(displaced.actor()).isEqualTo("civilians");
    }

    @Test
    void vague_amounts_have_no_value_and_a_conservative_one() {
        Figure dozens = FigureTexts.figures(extractor, "Turkey retaliated, killing dozens of Syrian soldiers.").get(0);
        assertThat(dozens.value()).isNull();
        assertThat(dozens.qualifier()).isEqualTo(Qualifier.VAGUE);
        assertThat(dozens.conservative()).isEqualByComparingTo("12");
        Figure range = FigureTexts.figures(extractor, "Between 200 and 300 people were wounded.").get(0);
        assertThat(range.value()).isNull();
        assertThat(range.conservative()).isEqualByComparingTo("200");
        assertThat(range.surface()).isEqualTo("Between 200 and 300");
    }

    @Test
    void the_event_date_is_the_nearest_day_of_the_sentence_else_the_publication_date() {
        String s = "Referring to a Feb. 3 attack that left seven Turkish soldiers killed, he spoke in February. "
                + "Four civilians were killed.";
        PlainText text = FigureTexts.plain(s);
        List<DateMention> dates = List.of(
                date(s, "Feb. 3", LocalDate.of(2020, 2, 3), Precision.DAY, 0),
                date(s, "February", LocalDate.of(2020, 2, 1), Precision.MONTH, 0));
        List<Figure> figures = find(text, List.of(), dates);
        assertThat(figures).extracting(Figure::date).containsExactly(LocalDate.of(2020, 2, 3), FigureTexts.PUBLISHED);
    }

    @Test
    void numbers_inside_a_date_expression_are_not_figures() {
        String s = "Turkey has 12 observation posts.";
        DateMention claimed = new DateMention("12", LocalDate.of(2020, 2, 12), null, Precision.DAY, 0, 11, 13);
        assertThat(find(FigureTexts.plain(s), List.of(), List.of(claimed))).isEmpty();
        assertThat(find(FigureTexts.plain(s), List.of(), List.of())).hasSize(1);
    }

    @Test
    void mentions_give_the_actor_of_the_words_they_cover() {
        String s = "Some 400 Wagner mercenaries were killed in Mali.";
        Figure f = find(FigureTexts.plain(s), List.of(mention(s, "Wagner", "wagner", 0)), List.of()).get(0);
        assertThat(f.actor()).isEqualTo("Russia");
        assertThat(f.qualifier()).isEqualTo(Qualifier.ABOUT);
    }

    @Test
    void dictionary_stand_ins_give_actors_without_mentions() {
        Figure f = FigureTexts.figures(extractor, "Turkish drones killed 40 of the regime soldiers.").get(0);
        assertThat(f.actor()).isEqualTo("Syria");
    }

    @Test
    void we_in_a_quotation_is_the_speaker_side() {
        String s = "“After we had eight martyrs, we retaliated,” Çavuşoğlu said.";
        Figure f = find(FigureTexts.plain(s), List.of(mention(s, "Çavuşoğlu", "mevlut-cavusoglu", 0)), List.of()).get(0);
        assertThat(f.measure()).isEqualTo(Measure.KILLED);
        assertThat(f.actor()).isEqualTo("Turkey");
        String previous = "Turkey has yet to comment on the clashes. “After we had eight martyrs, we retaliated,” he said.";
        assertThat(find(FigureTexts.plain(previous), List.of(), List.of())).extracting(Figure::actor)
                .containsExactly("Turkey");
    }

    @Test
    void a_currency_carries_over_two_sentences_only() {
        PlainText near = FigureTexts.plain("The EU promised 6 billion euros.",
                "“They did not even pay the first 3 billion,” he said.");
        assertThat(find(near, List.of(), List.of())).extracting(Figure::group).containsExactly("EUR", "EUR");
        PlainText far = FigureTexts.plain("The EU promised 6 billion euros.", "Talks stalled.", "Nothing moved.",
                "“They did not even pay the first 3 billion,” he said.");
        assertThat(find(far, List.of(), List.of())).extracting(Figure::group).containsExactly("EUR");
    }

    @Test
    void the_same_input_gives_an_equal_result() {
        PlainText text = FigureTexts.plain("At least 40 people were killed and more than 100 wounded.",
                "Some 1.5 million have fled, and $2bn in aid was pledged.");
        List<Figure> once = find(text, List.of(), List.of());
        assertThat(once).hasSize(4);
        assertThat(find(text, List.of(), List.of())).isEqualTo(once);
        assertThat(new FigureExtractor(FigureRules.defaults(), DICTIONARY)
                .find(text, splitter.split(text), List.of(), List.of(), FigureTexts.PUBLISHED)).isEqualTo(once);
    }

    @Test
    void text_without_numbers_gives_nothing() {
        assertThat(find(FigureTexts.plain("Turkey urged Russia to halt the offensive."), List.of(), List.of())).isEmpty();
        assertThat(extractor.find(FigureTexts.plain(""), List.of(), List.of(), List.of(), FigureTexts.PUBLISHED)).isEmpty();
    }
}
