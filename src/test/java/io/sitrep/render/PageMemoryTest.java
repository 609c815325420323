package io.sitrep.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.aggregate.Aggregator;
import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.aggregate.Briefing;
import io.sitrep.analysis.Analyzer;
import io.sitrep.analysis.Dictionary;
import io.sitrep.analysis.FigureRules;
import io.sitrep.analysis.Entity;
import io.sitrep.content.Markdown;
import io.sitrep.publish.SiteOutput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageMemoryTest {

    @TempDir
    Path dir;

    private static final PageMemory.ArticleParts PARTS = new PageMemory.ArticleParts(List.of(), List.of());

    @Test
    void anArticleSeenInTheLastBuildUnderTheSameDictionaryKeepsItsParts() {
        AnalyzedArticle article = Fixture.briefing(dir).articles().get(0);
        PageMemory memory = PageMemory.kept();
        AtomicInteger made = new AtomicInteger();
        java.util.function.Function<AnalyzedArticle, PageMemory.ArticleParts> make = a -> {
            made.incrementAndGet();
            return new PageMemory.ArticleParts(List.of(), List.of());
        };
        memory.startBuild(Fixture.dictionary());
        PageMemory.ArticleParts first = memory.parts(article, make);
        memory.startBuild(Fixture.dictionary()); // equal, not the same instance
        // each build pairs the article and its analysis anew, as SiteBuild does
        assertThat(memory.parts(new AnalyzedArticle(article.article(), article.analysis()), make)).isSameAs(first);
        assertThat(made).hasValue(1);
        memory.startBuild(Fixture.dictionary());
        AnalyzedArticle analyzedAgain = new AnalyzedArticle(article.article(),
                new Analyzer(Fixture.dictionary(), FigureRules.defaults()).analyze(article.article()));
        assertThat(memory.parts(analyzedAgain, make)).isNotSameAs(first); // another analysis: made again
        assertThat(made).hasValue(2);
        memory.startBuild(new Dictionary(Fixture.dictionary().entities(), "another"));
        assertThat(memory.parts(analyzedAgain, make)).isNotSameAs(first);
        assertThat(made).hasValue(3);
    }

    @Test
    void onlyWhatTheLastBuildUsedIsKept() {
        List<AnalyzedArticle> articles = Fixture.briefing(dir).articles();
        PageMemory memory = PageMemory.kept();
        AtomicInteger made = new AtomicInteger();
        memory.startBuild(Fixture.dictionary());
        memory.parts(articles.get(0), a -> PARTS);
        memory.parts(articles.get(1), a -> PARTS);
        memory.startBuild(Fixture.dictionary());
        memory.parts(articles.get(1), a -> PARTS); // the first article is gone from this build
        memory.startBuild(Fixture.dictionary());
        memory.parts(articles.get(0), a -> {
            made.incrementAndGet();
            return PARTS;
        });
        assertThat(made).hasValue(1);
    }

    @Test
    void aMemoryThatKeepsNothingMakesThePartsEveryTime() {
        AnalyzedArticle article = Fixture.briefing(dir).articles().get(0);
        PageMemory memory = PageMemory.none();
        AtomicInteger made = new AtomicInteger();
        for (int build = 0; build < 2; build++) {
            memory.startBuild(Fixture.dictionary());
            memory.parts(article, a -> {
                made.incrementAndGet();
                return PARTS;
            });
        }
        assertThat(made).hasValue(2);
    }

    /** A body cache that names every body, so article pages are keyed as in a real build. */
    private static final BodyCache NAMING = new BodyCache() {
        @Override
        public String body(AnalyzedArticle article, String variant, Supplier<String> render) {
            return render.get();
        }

        @Override
        public String key(AnalyzedArticle article, String variant) {
            return article.article().sha256() + "|" + variant;
        }
    };

    /** Every file and every page key of a render (pages come from several threads at once). */
    private static Map<String, String> render(SiteRenderer renderer, Briefing briefing) throws Exception {
        Map<String, String> out = new ConcurrentSkipListMap<>();
        renderer.render(briefing, new SiteOutput() {
            @Override
            public void write(String path, byte[] bytes) {
                out.put(path, new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            }

            @Override
            public boolean reuse(String path, String key) {
                out.put("key:" + path, key);
                return false;
            }
        });
        return out;
    }

    @Test
    void pagesAndTheirKeysAreThoseOfARendererThatKeepsNothingBuildAfterBuild() throws Exception {
        Briefing briefing = Fixture.briefing(dir);
        List<Entity> renamed = new ArrayList<>();
        for (Entity e : briefing.dictionary().entities()) {
            renamed.add(new Entity(e.id(), e.name() + " (renamed)", e.type(), e.aliases(), e.standsFor(),
                    e.affiliation(), e.lat(), e.lon()));
        }
        Briefing otherNames = new Aggregator().aggregate(briefing.config(), new Dictionary(renamed, "renamed"),
                briefing.articles()); // the same article instances under another dictionary
        Templates templates = new Templates(Path.of("templates"));
        SiteRenderer keeping = new SiteRenderer(templates, new Markdown(), NAMING, PageMemory.kept());
        SiteRenderer fresh = new SiteRenderer(templates, new Markdown(), NAMING);
        for (Briefing b : List.of(briefing, briefing, otherNames, otherNames, briefing)) {
            Map<String, String> expected = render(fresh, b);
            assertThat(expected).containsKey("key:" + b.articles().get(0).article().pagePath());
            assertThat(render(keeping, b)).isEqualTo(expected);
        }
    }
}
