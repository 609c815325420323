package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.content.PlainText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerResolverTest {

    private final Dictionary dictionary = Fixtures.otherConflicts();
    private List<Clauses.View> views;
    private SpeakerResolver resolver;

    private void read(String markdown) {
        PlainText text = Fixtures.plain(markdown);
        List<Sentence> sentences = new SentenceSplitter().split(text);
        List<Mention> mentions = new EntityMatcher(dictionary).find(text, sentences);
        Actors actors = new Actors(dictionary);
        ArticleRefs refs = new ArticleRefs(mentions, new NameSpotter().find(text, sentences, mentions), actors);
        views = new ArrayList<>();
        for (Sentence s : sentences) {
            views.add(Clauses.View.of(s, WordTokens.of(text.text(), s.start(), s.end()), s.index(),
                    QuoteSpans.find(text.text(), s.start(), s.end()), refs));
        }
        resolver = new SpeakerResolver(actors, refs, RoleIndex.build(views, refs, actors));
    }

    private Speaker subject(int sentence) {
        return resolver.resolve(views.get(sentence), Clauses.mainSubject(views.get(sentence)));
    }

    @Test
    void aNameInAPhraseIsThePersonNotTheOrganization() {
        read("UN relief chief Martin Griffiths spoke.");

        assertThat(subject(0)).isEqualTo(new Speaker(null, "Martin Griffiths", EntityType.PERSON));
    }

    @Test
    void pronounsFollowThePersonTheTextIsAbout() {
        read("Sergei Lavrov arrived. He spoke.");

        resolver.about(subject(0));
        assertThat(subject(1).id()).isEqualTo("sergei-lavrov");
    }

    @Test
    void placesAndStandInsSpeakForTheirState() {
        read("Moscow rejected it. The Kremlin rejected it. Kharkiv was shelled.");

        assertThat(subject(0).id()).isEqualTo("russia");
        assertThat(subject(1).id()).isEqualTo("russia");
        assertThat(subject(2)).isNull();
    }

    @Test
    void organizationNounsFindTheLastOrganizationOfThatKind() {
        read("The Sudanese army took the bridge. The army vowed more.");

        assertThat(subject(1).id()).isEqualTo("sudanese-armed-forces");
    }

    @Test
    void aStatementOfAStateSpeaksForItsLastOrganization() {
        read("The Russian Defence Ministry released figures. The Russian statement read otherwise.");

        assertThat(subject(1).id()).isEqualTo("russian-defence-ministry");
    }

    @Test
    void possessivesAndUnknownDescriptionsAreHandled() {
        read("Lavrov’s remarks were noted. The interior minister spoke. The officials spoke.");

        assertThat(subject(0)).isNull();
        assertThat(subject(1)).isEqualTo(new Speaker(null, "The interior minister", EntityType.PERSON));
        assertThat(subject(2)).isEqualTo(new Speaker(null, "The officials", null));
    }

    @Test
    void theLastSpeakerContinuesIntoTheNextParagraphOnly() {
        read("Zelenskyy spoke.");
        Speaker zelensky = new Speaker("volodymyr-zelensky", "Volodymyr Zelensky", EntityType.PERSON);

        resolver.spoke(zelensky, 3);
        assertThat(resolver.continuing(4, 3)).isEqualTo(zelensky);
        assertThat(resolver.continuing(5, 4)).isNull();
        assertThat(resolver.topic()).isEqualTo(zelensky);
    }
}
