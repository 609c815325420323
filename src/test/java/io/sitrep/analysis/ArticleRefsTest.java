package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleRefsTest {

    private final Actors actors = new Actors(Fixtures.otherConflicts());
    private final ArticleRefs refs = new ArticleRefs(
            List.of(new Mention("moscow", 20, 26, "Moscow", 0), new Mention("hamas", 0, 5, "Hamas", 0)),
            List.of(new UnconfirmedName("Basem Naim", EntityType.PERSON, "official", 0, 40, 50)), actors);

    @Test
    void refsAreInTextOrderWithTheirSpeakers() {
        assertThat(refs.all()).extracting(ArticleRefs.Ref::start).containsExactly(0, 20, 40);
        assertThat(refs.all().get(1).speaker().id()).isEqualTo("russia");
        assertThat(refs.all().get(2).speaker()).isEqualTo(new Speaker(null, "Basem Naim", EntityType.PERSON));
    }

    @Test
    void lookUpsByOffset() {
        assertThat(refs.at(22).entity().id()).isEqualTo("moscow");
        assertThat(refs.at(30)).isNull();
        assertThat(refs.within(0, 30)).hasSize(2);
        assertThat(refs.within(21, 60)).extracting(ArticleRefs.Ref::start).containsExactly(40);
        assertThat(refs.lastBefore(40, r -> r.type() == EntityType.ORGANIZATION).entity().id()).isEqualTo("hamas");
        assertThat(refs.lastBefore(0, r -> true)).isNull();
    }
}
