package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.content.PlainText;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityMatcherTest {

    private static final Dictionary SEEDS = Fixtures.dictionary("""
            people:
              - name: Recep Tayyip Erdoğan
                aliases: [Erdoğan]
              - name: Mevlüt Çavuşoğlu
              - name: Bashar al-Assad
                aliases: [Assad]
              - name: Donald Trump
              - name: Hulusi Akar
            places:
              - name: Idlib Province
                aliases: [Idlib]
              - name: Idlib city
              - name: Saraqib
                aliases: [Saraqeb]
              - name: Maarat al-Numan
              - name: Ankara
            countries:
              - name: Turkey
                stands_for: [Turkish]
              - name: United States
                aliases: [US]
            organizations:
              - name: United Nations
                aliases: [UN]
              - name: al-Qaeda
            """);

    private static List<String> found(Dictionary d, String markdown) {
        PlainText text = Fixtures.plain(markdown);
        List<Sentence> sentences = new SentenceSplitter().split(text);
        return new EntityMatcher(d).find(text, sentences).stream().map(m -> m.entity() + "=" + m.surface()).toList();
    }

    @Test
    void matchingFoldsCaseDiacriticsAndApostrophes() {
        assertThat(found(SEEDS, "Erdogan met Mevlut Cavusoglu in ISTANBUL near Ma’arat al-Nu’man and Saraqeb."))
                .containsExactly("recep-tayyip-erdogan=Erdogan", "mevlut-cavusoglu=Mevlut Cavusoglu",
                        "maarat-al-numan=Ma’arat al-Nu’man", "saraqib=Saraqeb");
    }

    /** Mentions are most of what an analysis holds: one written as in the dictionary shares its string. */
    @Test
    void aMentionWrittenAsInTheDictionarySharesItsString() {
        PlainText text = Fixtures.plain("Turkey and Erdoğan, then Assad and Recep Tayyip Erdoğan; ERDOGAN.");
        List<Mention> found = new EntityMatcher(SEEDS).find(text, new SentenceSplitter().split(text));
        Entity erdogan = SEEDS.entities().stream().filter(e -> e.id().equals("recep-tayyip-erdogan")).findFirst().orElseThrow();

        assertThat(found).extracting(Mention::surface)
                .containsExactly("Turkey", "Erdoğan", "Assad", "Recep Tayyip Erdoğan", "ERDOGAN");
        assertThat(found.get(1).surface()).isSameAs(erdogan.aliases().get(0));
        assertThat(found.get(3).surface()).isSameAs(erdogan.name());
        assertThat(found.get(4).surface()).isNotSameAs(erdogan.aliases().get(0));
    }

    @Test
    void possessivesAreLeftOutOfTheMention() {
        assertThat(found(SEEDS, "Turkey’s army and Turkey's border; Bashar al-Assad's forces."))
                .containsExactly("turkey=Turkey", "turkey=Turkey", "bashar-al-assad=Bashar al-Assad");
    }

    @Test
    void theLongestNameWins() {
        assertThat(found(SEEDS, "It is 15 km from Idlib city, in Idlib Province."))
                .containsExactly("idlib-city=Idlib city", "idlib-province=Idlib Province");
    }

    @Test
    void onlyWholeWordsAndNeverAdjectives() {
        assertThat(found(SEEDS, "Turkish forces, Idlibi villagers and Ankaras are not mentions; Ankara-backed is."))
                .containsExactly("ankara=Ankara");
    }

    @Test
    void shortCapitalAliasesOnlyMatchInCapitals() {
        assertThat(found(SEEDS, "Let us see what the UN and the US said. un-named sources told us."))
                .containsExactly("united-nations=UN", "united-states=US");
    }

    @Test
    void aCapitalizedNameNeedsItsCapital() {
        Dictionary d = Fixtures.dictionary("people:\n  - name: Donald Trump\n    aliases: [Trump]\n");

        assertThat(found(d, "He played his trump card. Trump said no.")).containsExactly("donald-trump=Trump");
    }

    @Test
    void aLowerCaseNameMatchesInAnyCase() {
        assertThat(found(SEEDS, "Al-Qaeda and al-Qaeda.")).containsExactly("al-qaeda=Al-Qaeda", "al-qaeda=al-Qaeda");
    }

    @Test
    void aSurnameCountsAfterTheFullNameOrATitle() {
        assertThat(found(SEEDS, "Akar spoke first. Then Hulusi Akar said more, and Akar added this."))
                .containsExactly("hulusi-akar=Hulusi Akar", "hulusi-akar=Akar");
        assertThat(found(SEEDS, "Defense Minister Akar said so.")).containsExactly("hulusi-akar=Akar");
    }

    @Test
    void editorialBracketsAndHyphenatedSpellingsMatch() {
        assertThat(found(SEEDS, "We discussed it with Mr [Donald] Trump and [the Bashar-al-Assad] regime."))
                .containsExactly("donald-trump=[Donald] Trump", "bashar-al-assad=Bashar-al-Assad"); // the surface as written
    }

    @Test
    void standInWordsAreNotMentions() {
        Dictionary d = Fixtures.dictionary("countries:\n  - name: Russia\n    stands_for: [Moscow, Kremlin]\n");

        assertThat(found(d, "Moscow said the Kremlin and Russia agree.")).containsExactly("russia=Russia");
    }

    @Test
    void namesNeverSpanTwoBlocks() {
        assertThat(found(SEEDS, "## Idlib\n\nProvince officials said nothing.")).containsExactly("idlib-province=Idlib");
    }

    @Test
    void mentionsCarryTheirSentenceAndOffsets() {
        PlainText text = Fixtures.plain("Nothing here. Then Zelenskyy went to Kharkiv.");
        List<Sentence> sentences = new SentenceSplitter().split(text);
        List<Mention> mentions = new EntityMatcher(Fixtures.otherConflicts()).find(text, sentences);

        assertThat(mentions).extracting(Mention::entity).containsExactly("volodymyr-zelensky", "kharkiv");
        assertThat(mentions).allSatisfy(m -> {
            assertThat(m.sentence()).isEqualTo(1);
            assertThat(text.text().substring(m.start(), m.end())).isEqualTo(m.surface());
        });
    }

    @Test
    void anEmptyDictionaryFindsNothing() {
        assertThat(found(Dictionary.empty(), "Erdoğan said so.")).isEmpty();
    }
}
