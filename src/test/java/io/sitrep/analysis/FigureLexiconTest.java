package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FigureLexiconTest {

    private static final Dictionary DICTIONARY = new Dictionary(List.of(
            new Entity("wagner", "Wagner Group", EntityType.ORGANIZATION, List.of("Wagner"), List.of(), "Russia", null,
                    null),
            new Entity("sohr", "Syrian Observatory for Human Rights", EntityType.ORGANIZATION, List.of("SOHR"),
                    List.of(), null, null, null),
            new Entity("syria", "Syria", EntityType.COUNTRY, List.of(), List.of("the regime"), null, null, null)),
            "test");
    private final FigureLexicon lexicon = new FigureLexicon(FigureRules.defaults(), DICTIONARY);

    @Test
    void measures_rank_in_the_order_of_the_rules() {
        assertThat(lexicon.rank(Measure.CASUALTIES)).isLessThan(lexicon.rank(Measure.KILLED));
        assertThat(lexicon.rank(Measure.REFUGEES)).isLessThan(lexicon.rank(Measure.POPULATION));
        assertThat(lexicon.rank(Measure.OTHER)).isEqualTo(Integer.MAX_VALUE);
        assertThat(lexicon.rule(Measure.DISPLACED).actor()).isEqualTo("civilians");
    }

    @Test
    void a_noun_in_several_lists_gets_all_it_is() {
        FigureLexicon.Head refugees = lexicon.heads.longestAt(Tokens.of("refugees"), 0).value();
        assertThat(refugees.measure()).isEqualTo(Measure.REFUGEES);
        assertThat(refugees.group()).isTrue();
        assertThat(refugees.fixedActor()).isEqualTo("civilians");
        assertThat(lexicon.heads.longestAt(Tokens.of("countries"), 0).value().ignored()).isTrue();
        assertThat(lexicon.heads.longestAt(Tokens.of("observation points"), 0).value().measure())
                .isEqualTo(Measure.POSTS);
    }

    @Test
    void dictionary_entities_with_a_side_become_actor_words() {
        assertThat(lexicon.actors.longestAt(Tokens.of("Wagner"), 0).value()).isEqualTo("Russia");
        assertThat(lexicon.actors.longestAt(Tokens.of("the regime"), 0).value()).isEqualTo("Syria");
        assertThat(lexicon.actors.longestAt(Tokens.of("SOHR"), 0)).isNull();
        assertThat(lexicon.entityActor("wagner")).isEqualTo("Russia");
        assertThat(lexicon.entityActor("sohr")).isNull();
    }

    @Test
    void the_other_tables_are_filled_from_the_rules() {
        assertThat(lexicon.qualifiersBefore.longestEndingAt(Tokens.of("as many as"), 2).value())
                .isEqualTo(Qualifier.UP_TO);
        assertThat(lexicon.currenciesAfter.longestAt(Tokens.of("Syrian pounds"), 0).value()).isEqualTo("SYP");
        assertThat(lexicon.currenciesBefore.longestAt(Tokens.of("€"), 0).value()).isEqualTo("EUR");
        assertThat(lexicon.units.longestAt(Tokens.of("per cent"), 0)).isNotNull();
        assertThat(lexicon.labels.longestAt(Tokens.of("Resolution"), 0)).isNotNull();
        assertThat(lexicon.linksBefore).contains("rose", "the");
        assertThat(lexicon.linksAfter).contains("were", "reportedly");
        assertThat(lexicon.events.longestAt(Tokens.of("killed or injured"), 0).value()).isEqualTo(Measure.CASUALTIES);
    }
}
