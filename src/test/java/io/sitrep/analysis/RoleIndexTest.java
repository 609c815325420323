package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.content.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleIndexTest {

    private static RoleIndex index(Dictionary d, String markdown) {
        PlainText text = Fixtures.plain(markdown);
        List<Sentence> sentences = new SentenceSplitter().split(text);
        List<Mention> mentions = new EntityMatcher(d).find(text, sentences);
        List<UnconfirmedName> names = new NameSpotter().find(text, sentences, mentions);
        Actors actors = new Actors(d);
        ArticleRefs refs = new ArticleRefs(mentions, names, actors);
        List<Clauses.View> views = new ArrayList<>();
        for (Sentence s : sentences) {
            views.add(Clauses.View.of(s, WordTokens.of(text.text(), s.start(), s.end()), 0, List.of(), refs));
        }
        return RoleIndex.build(views, refs, actors);
    }

    @Test
    void rolesComeFromTitlesAndAppositions() {
        RoleIndex roles = index(Fixtures.otherConflicts(), """
                Russian Foreign Minister Sergei Lavrov met Kremlin spokesman Dmitry Peskov.
                Martin Griffiths, the UN relief chief, arrived.""");

        assertThat(roles.notes()).extracting(n -> n.person().name() + "/" + n.role())
                .containsExactly("Sergei Lavrov/minister", "Dmitry Peskov/spokesperson", "Martin Griffiths/chief");
        assertThat(roles.notes().get(0).modifiers()).contains("foreign");
        assertThat(roles.notes().get(0).actors()).contains("russia");
    }

    @Test
    void aDescriptionResolvesToTheMatchingRoleBeforeItElseAfterIt() {
        RoleIndex roles = index(Fixtures.otherConflicts(), """
                Kremlin spokesman Dmitry Peskov spoke first. Ukrainian presidential spokesman Serhiy Nykyforov spoke next.
                Foreign Minister Sergei Lavrov came last.""");

        assertThat(roles.resolve(new RoleIndex.Description("spokesperson", Set.of(), Set.of("russia")), 1000).name())
                .isEqualTo("Dmitry Peskov");
        assertThat(roles.resolve(new RoleIndex.Description("spokesperson", Set.of(), Set.of()), 1000).name())
                .isEqualTo("Serhiy Nykyforov");
        assertThat(roles.resolve(new RoleIndex.Description("minister", Set.of("foreign"), Set.of()), 0).name())
                .isEqualTo("Sergei Lavrov");
        assertThat(roles.resolve(new RoleIndex.Description("minister", Set.of("defence"), Set.of()), 1000)).isNull();
    }
}
