package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ActorResolverTest {

    private static final Dictionary DICTIONARY = new Dictionary(List.of(
            new Entity("syria", "Syria", EntityType.COUNTRY, List.of(), List.of("the regime"), null, null, null),
            new Entity("volodymyr-zelensky", "Volodymyr Zelensky", EntityType.PERSON, List.of("Zelensky"), List.of(),
                    "Ukraine", null, null),
            new Entity("idlib", "Idlib", EntityType.PLACE, List.of(), List.of(), null, 35.9, 36.6)), "test");
    private final ActorResolver actors = new ActorResolver(new FigureLexicon(FigureRules.defaults(), DICTIONARY));

    @Test
    void the_actor_word_closest_to_the_noun_wins() {
        Tokens t = Tokens.of("76 Syrian rebel fighters");
        assertThat(actors.inWords(t, List.of(), 1, 3)).isEqualTo("rebels");
        Tokens t2 = Tokens.of("76 Assad regime fighters");
        assertThat(actors.inWords(t2, List.of(), 1, 3)).isEqualTo("Syria");
    }

    @Test
    void a_backer_is_not_the_side() {
        Tokens t = Tokens.of("400 Turkish-backed fighters");
        assertThat(actors.inWords(t, List.of(), 1, 2)).isNull();
    }

    @Test
    void dictionary_names_and_stand_ins_name_their_actor() {
        Tokens t = Tokens.of("40 of the regime soldiers");
        assertThat(actors.inWords(t, List.of(), 2, 4)).isEqualTo("Syria");
        assertThat(actors.at(Tokens.of("Zelensky said"), List.of(), 0).actor()).isEqualTo("Ukraine");
    }

    @Test
    void a_mention_of_a_place_covers_its_words_but_names_no_actor() {
        Tokens t = Tokens.of("Idlib Turkish troops");
        Mention idlib = new Mention("idlib", 0, 5, "Idlib", 0);
        ActorResolver.Found found = actors.at(t, List.of(idlib), 0);
        assertThat(found.actor()).isNull();
        assertThat(found.length()).isEqualTo(1);
        assertThat(actors.inWords(t, List.of(idlib), 0, 2)).isEqualTo("Turkey");
    }

    @Test
    void the_subject_is_the_first_actor_of_the_clause_or_of_reported_speech() {
        Tokens t = Tokens.of("Under a deal with Moscow, Turkey has 12 observation posts");
        assertThat(actors.subject(t, List.of(), 8)).isEqualTo("Turkey");
        Tokens t2 = Tokens.of("Kyiv says Moscow has lost 300,000 troops");
        assertThat(actors.subject(t2, List.of(), 5)).isEqualTo("Russia");
        Tokens t3 = Tokens.of("The Pentagon said it would send 3,000 troops");
        assertThat(actors.subject(t3, List.of(), 6)).isEqualTo("United States");
    }

    @Test
    void first_person_words_are_marked_and_resolved_to_the_speaker() {
        Tokens quote = Tokens.of("“After we had eight martyrs, we retaliated,” he said.");
        assertThat(actors.subject(quote, List.of(), 5)).isEqualTo(ActorResolver.FIRST_PERSON);
        Tokens before = Tokens.of("Turkey has yet to comment, but the minister spoke.");
        assertThat(actors.speaker(quote, List.of(), before, List.of())).isEqualTo("Turkey");
        Tokens said = Tokens.of("“We lost 40 soldiers,” Zelensky said.");
        assertThat(actors.speaker(said, List.of(), null, List.of())).isEqualTo("Ukraine");
        assertThat(actors.speaker(quote, List.of(), null, List.of())).isNull();
    }

    @Test
    void the_actor_after_a_word_in_the_same_clause() {
        Tokens t = Tokens.of("received $75 billion in aid from the United States since 2022");
        assertThat(actors.afterWord(t, List.of(), 4, "from")).isEqualTo("United States");
        assertThat(actors.afterWord(Tokens.of("$5bn, from the EU"), List.of(), 2, "from")).isNull();
        assertThat(ActorResolver.isReporting(Tokens.of("police said"), 1)).isTrue();
    }
}
