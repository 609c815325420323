package io.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.render.view.Pages;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityPagesTest {

    @TempDir
    Path dir;

    @Test
    void entityPageHasMentionsOverTimeArticlesRelatedAndFigures() {
        EntityPages pages = new EntityPages(new SiteIndex(Fixture.briefing(dir)));
        Pages.EntityPage turkey = pages.page(Fixture.TURKEY, List.of());
        assertThat(turkey.mentions()).isEqualTo(2);
        assertThat(turkey.perDay()).extracting(d -> d.day().iso() + "=" + d.count())
                .containsExactly("2020-02-05=1", "2020-02-10=1");
        assertThat(turkey.articles()).extracting(a -> a.slug()).containsExactly("2020-02-10-beta", "2020-02-05-alpha");
        assertThat(turkey.related()).extracting(r -> r.name()).containsExactly("Idlib");
        assertThat(turkey.figures()).extracting(c -> c.value()).containsExactly("8", "10");
        Pages.EntityPage erdogan = pages.page(Fixture.ERDOGAN, List.of());
        assertThat(erdogan.quotes()).extracting(q -> q.text()).containsExactly("We will respond,");
    }

    @Test
    void everyDictionaryEntityGetsAPageAndCountriesLiveUnderPlaces() {
        List<PageSpec> specs = new EntityPages(new SiteIndex(Fixture.briefing(dir))).pages(ChartSet.none());
        assertThat(specs).extracting(s -> s.frame().path()).contains("people/index.html", "places/index.html",
                "organizations/index.html", "places/turkey.html", "places/idlib.html",
                "people/recep-tayyip-erdogan.html", "organizations/united-nations.html");
        Pages.EntityIndexPage places = (Pages.EntityIndexPage) specs.get(1).model();
        assertThat(places.groups()).extracting(g -> g.name()).containsExactly("Countries", "Places");
    }
}
