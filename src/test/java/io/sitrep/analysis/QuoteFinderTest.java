package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.content.PlainText;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteFinderTest {

    private static List<Quote> quotes(Dictionary d, String markdown) {
        PlainText text = Fixtures.plain(markdown);
        List<Sentence> sentences = new SentenceSplitter().split(text);
        List<Mention> mentions = new EntityMatcher(d).find(text, sentences);
        List<UnconfirmedName> names = new NameSpotter().find(text, sentences, mentions);
        return new QuoteFinder(d).find(text, sentences, mentions, names);
    }

    private static List<String> said(Dictionary d, String markdown) {
        return quotes(d, markdown).stream().map(q -> q.speakerName() + ": " + q.text()).toList();
    }

    private static List<String> said(String markdown) {
        return said(Fixtures.otherConflicts(), markdown);
    }

    @Test
    void theAttributionAfterTheClosingMarkNamesTheSpeaker() {
        assertThat(said("“We will not surrender Kharkiv,” Zelensky said, after Volodymyr Zelensky visited the front."))
                .isEmpty(); // a surname before the full name is not a mention: no speaker
        assertThat(said("Volodymyr Zelensky visited Kharkiv.\n\n“We will not surrender Kharkiv,” Zelensky said."))
                .containsExactly("Volodymyr Zelensky: We will not surrender Kharkiv");
        assertThat(said("“The situation is tense,” said Dmitry Peskov."))
                .containsExactly("Dmitry Peskov: The situation is tense");
        assertThat(said("“Aid is not getting through,” according to the UN."))
                .containsExactly("United Nations: Aid is not getting through");
    }

    @Test
    void heRefersToThePersonTheArticleIsAboutAndQuotedParagraphsContinue() {
        assertThat(said("""
                Russian Foreign Minister Sergei Lavrov spoke in Moscow on Tuesday.

                “We are ready for talks,” he said.

                “But not at any price.”

                The talks are due to resume."""))
                .containsExactly("Sergei Lavrov: We are ready for talks", "Sergei Lavrov: But not at any price.");
    }

    @Test
    void aQuotationRunningOverParagraphsKeepsItsSpeaker() {
        assertThat(said("“We hold the line. The city will not fall.\n\n“We need air defence,” Volodymyr Zelensky said."))
                .containsExactly("Volodymyr Zelensky: We hold the line. The city will not fall.",
                        "Volodymyr Zelensky: We need air defence");
    }

    @Test
    void aSpeechVerbBeforeAQuotedPhraseNamesItsSpeaker() {
        assertThat(said("The Russian Defence Ministry said in a statement that its forces had “liberated” the village."))
                .containsExactly("Russian Defence Ministry: liberated");
        assertThat(said("Moscow said the proposal was “unacceptable”."))
                .containsExactly("Russia: unacceptable");
        assertThat(said("Benjamin Netanyahu was defiant: “We will continue until victory.”"))
                .containsExactly("Benjamin Netanyahu: We will continue until victory.");
    }

    @Test
    void abbreviatedTitlesAsidesAndAcronymsInBracketsDoNotHideTheSpeaker() {
        assertThat(said(Dictionary.empty(), "“It is under control,” Col. Gen. Oleksandr Syrskyi, commander of Ukraine’s ground forces, said."))
                .containsExactly("Oleksandr Syrskyi: It is under control");
        assertThat(said(Dictionary.empty(), "Army chief Abdel Fattah al-Burhan, speaking in Port Sudan, vowed to fight \"until the last soldier\"."))
                .containsExactly("Abdel Fattah al-Burhan: until the last soldier");
        assertThat(said(Dictionary.empty(), "The World Health Organization (WHO) called the situation “dire and perilous”."))
                .containsExactly("World Health Organization: dire and perilous");
    }

    @Test
    void aDescriptionIsResolvedThroughTheRolesTheArticleGave() {
        assertThat(said("""
                Foreign Minister Sergei Lavrov met Sudanese army chief Abdel Fattah al-Burhan.

                The foreign minister later called the talks “constructive”."""))
                .containsExactly("Sergei Lavrov: constructive");
    }

    @Test
    void aStatementSpeaksForWhoeverIssuedIt() {
        assertThat(said("Hamas issued a statement on Sunday.\n\n“The occupation bears full responsibility,” the statement said."))
                .containsExactly("Hamas: The occupation bears full responsibility");
    }

    @Test
    void scareQuotesWithNoSpeakerAreNotQuotes() {
        assertThat(said("The so-called “humanitarian corridors” remain closed near the “grey zone” of Kharkiv.")).isEmpty();
    }

    @Test
    void namesOutsideTheDictionaryCanSpeak() {
        List<Quote> q = quotes(Dictionary.empty(),
                "Kremlin spokesman Dmitry Peskov told reporters: “There is no progress.”\n\n“None at all,” Peskov added.");

        assertThat(q).extracting(Quote::speakerName).containsExactly("Dmitry Peskov", "Dmitry Peskov");
        assertThat(q).extracting(Quote::speaker).containsOnlyNulls();
    }

    @Test
    void britishSingleQuotesWork() {
        assertThat(said("‘We will take El Fasher,’ RSF commander Abdelrahim Dagalo said of the soldiers’ advance."))
                .containsExactly("Abdelrahim Dagalo: We will take El Fasher");
    }

    @Test
    void fragmentsAreToldFromFullQuotes() {
        List<Quote> q = quotes(Fixtures.otherConflicts(), """
                Sergei Lavrov called it a “provocation”.

                “We are ready,” Lavrov said.

                Lavrov said that “the biggest problem is the air space”.""");

        assertThat(q).extracting(Quote::fragment).containsExactly(true, false, false);
        assertThat(q).extracting(Quote::speaker).containsOnly("sergei-lavrov");
    }

    @Test
    void quotesCarryOffsetsOfTheQuotedWordsAndTheirSentence() {
        PlainText text = Fixtures.plain("Nothing yet. “We are ready,” Sergei Lavrov said.");
        List<Sentence> sentences = new SentenceSplitter().split(text);
        Dictionary d = Fixtures.otherConflicts();
        List<Quote> q = new QuoteFinder(d).find(text, sentences, new EntityMatcher(d).find(text, sentences));

        assertThat(q).singleElement().satisfies(x -> {
            assertThat(x.sentence()).isEqualTo(1);
            assertThat(text.text().substring(x.start(), x.end())).isEqualTo("We are ready");
            assertThat(x.speaker()).isEqualTo("sergei-lavrov");
        });
    }
}
