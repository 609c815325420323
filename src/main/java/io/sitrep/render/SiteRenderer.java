package io.sitrep.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.aggregate.Briefing;
import io.sitrep.content.Markdown;
import io.sitrep.publish.SiteOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The render stage: every page of the site from the briefing, through the templates. */
public final class SiteRenderer {

    private final Templates templates;
    private final Markdown markdown;
    private final HtmlRenderer html;

    public SiteRenderer(Templates templates, Markdown markdown) {
        this.templates = templates;
        this.markdown = markdown;
        this.html = HtmlRenderer.builder(markdown.options()).escapeHtml(true).build();
    }

    public void render(Briefing briefing, SiteOutput out) throws RenderException, IOException {
        copyStatic(out);
        for (AnalyzedArticle a : briefing.articles()) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("site", briefing.config());
            model.put("root", "../");
            model.put("article", a.article());
            model.put("body", html.render(markdown.parse(a.article().body())));
            out.write(a.article().pagePath(), templates.render("article.ftlh", model));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", briefing.config());
        model.put("root", "");
        model.put("articles", briefing.articles().stream().map(AnalyzedArticle::article).toList());
        out.write("index.html", templates.render("index.ftlh", model));
        new DataExport().write(briefing, out);
    }

    /** Copies {@code templates/static/**} to the site root. */
    private void copyStatic(SiteOutput out) throws IOException {
        Path dir = templates.dir().resolve("static");
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> list = files.filter(Files::isRegularFile).sorted().toList();
            for (Path f : list) {
                out.write(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
    }
}
