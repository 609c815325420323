package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.content.PlainText;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameSpotterTest {

    private static List<String> spot(Dictionary d, String markdown) {
        PlainText text = Fixtures.plain(markdown);
        List<Sentence> sentences = new SentenceSplitter().split(text);
        List<Mention> known = new EntityMatcher(d).find(text, sentences);
        return new NameSpotter().find(text, sentences, known).stream()
                .map(u -> u.type().id() + ":" + u.name() + " (" + u.cue() + ")").toList();
    }

    private static List<String> spot(String markdown) {
        return spot(Dictionary.empty(), markdown);
    }

    @Test
    void aTitleBeforeANameMarksAPerson() {
        assertThat(spot("Ukrainian President Volodymyr Zelensky said on Monday that Kyiv would hold."))
                .containsExactly("person:Volodymyr Zelensky (President)");
        assertThat(spot("Sudanese army chief Abdel Fattah al-Burhan vowed to fight on."))
                .containsExactly("person:Abdel Fattah al-Burhan (chief)");
        assertThat(spot("Hamas official Basem Naim rejected the plan."))
                .containsExactly("person:Basem Naim (official)");
    }

    @Test
    void aSurnameAloneLaterIsTheSamePerson() {
        PlainText text = Fixtures.plain("Kremlin spokesman Dmitry Peskov told reporters it was early.\n\n“We will see,” Peskov said.");
        List<Sentence> sentences = new SentenceSplitter().split(text);
        List<UnconfirmedName> names = new NameSpotter().find(text, sentences, List.of());

        assertThat(names).extracting(UnconfirmedName::name).containsExactly("Dmitry Peskov", "Dmitry Peskov");
        assertThat(names).extracting(UnconfirmedName::cue).containsExactly("spokesman", "surname");
        UnconfirmedName later = names.get(1);
        assertThat(text.text().substring(later.start(), later.end())).isEqualTo("Peskov");
        assertThat(later.sentence()).isEqualTo(1);
    }

    @Test
    void aSpeechVerbOrARoleAfterAFullNameMarksAPerson() {
        assertThat(spot("Geir Pedersen told a briefing that talks would resume."))
                .containsExactly("person:Geir Pedersen (told)");
        assertThat(spot("Martin Griffiths, the UN relief chief, warned of famine."))
                .containsExactly("person:Martin Griffiths (chief)");
    }

    @Test
    void organizationAndPlaceNounsMarkTheirType() {
        assertThat(spot("Fighting between the army and the Rapid Support Forces spread to the town of El Fasher."))
                .containsExactly("organization:Rapid Support Forces (Forces)", "place:El Fasher (town of)");
        assertThat(spot("The Syrian Observatory for Human Rights said 12 died."))
                .containsExactly("organization:Syrian Observatory for Human Rights (Rights)");
    }

    @Test
    void capitalizedWordsWithoutACueAreNotNames() {
        assertThat(spot("But Western officials said the Pentagon disagreed. On Wednesday Moscow said no.")).isEmpty();
        assertThat(spot("Regime-backer Moscow said such an offensive would be the worst.")).isEmpty();
    }

    @Test
    void namesInTheDictionaryAreNotUnconfirmed() {
        assertThat(spot(Fixtures.otherConflicts(), "Ukrainian President Volodymyr Zelensky met Foreign Minister Dmytro Kuleba."))
                .containsExactly("person:Dmytro Kuleba (Minister)");
    }

    @Test
    void aTitleBeforeTwoNamesTakesTheFirstOnly() {
        assertThat(spot("“President Erdogan and Putin have agreed to meet,” he said."))
                .containsExactly("person:Erdogan (President)");
    }
}
