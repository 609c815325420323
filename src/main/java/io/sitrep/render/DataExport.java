package io.sitrep.render;

import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.aggregate.Briefing;
import io.sitrep.aggregate.EntityStats;
import io.sitrep.analysis.DateMention;
import io.sitrep.analysis.Entity;
import io.sitrep.analysis.Figure;
import io.sitrep.analysis.Quote;
import io.sitrep.analysis.Sentence;
import io.sitrep.content.Article;
import io.sitrep.publish.SiteOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Writes SPEC's exported data ({@code data/*.json}, {@code data/*.csv}): the names and shapes
 * other tools depend on. Field order is fixed and lists are in a stable order, so the same
 * briefing gives byte-identical files.
 */
public final class DataExport {

    static final List<String> FIGURE_COLUMNS = List.of("id", "article", "measure", "value", "low", "high",
            "qualifier", "group", "actor", "date", "sentence", "anchor");
    static final List<String> ENTITY_COLUMNS = List.of("id", "name", "type", "aliases", "mentions", "articles");

    private final JsonMapper json = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    private final CsvMapper csv = CsvMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    /** One or two exported files, made and written independently of the others. */
    @FunctionalInterface
    public interface Export {
        void writeTo(SiteOutput out) throws IOException;
    }

    public void write(Briefing briefing, SiteOutput out) throws IOException {
        for (Export e : exports(briefing)) {
            e.writeTo(out);
        }
    }

    /** The exported files as independent pieces of work, so they can be written on several threads. */
    public List<Export> exports(Briefing briefing) {
        return List.of(
                out -> out.write("data/articles.json", json(articles(briefing))),
                out -> {
                    List<Map<String, Object>> figures = figures(briefing);
                    out.write("data/figures.json", json(figures));
                    out.write("data/figures.csv", csv(FIGURE_COLUMNS, figures));
                },
                out -> {
                    List<Map<String, Object>> entities = entities(briefing);
                    out.write("data/entities.json", json(entities));
                    out.write("data/entities.csv", csv(ENTITY_COLUMNS, entities));
                },
                out -> out.write("data/quotes.json", json(quotes(briefing))),
                out -> out.write("data/timeline.json", json(timeline(briefing))));
    }

    /** JSON with a trailing newline, as every exported file. */
    public byte[] json(Object value) {
        byte[] body = json.writeValueAsBytes(value);
        byte[] out = java.util.Arrays.copyOf(body, body.length + 1);
        out[body.length] = '\n';
        return out;
    }

    /** CSV with a header row; lists are joined with "; ". */
    public byte[] csv(List<String> columns, List<Map<String, Object>> rows) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        List<Map<String, Object>> flat = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            Map<String, Object> f = new LinkedHashMap<>();
            for (String c : columns) {
                Object v = row.get(c);
                f.put(c, v instanceof List<?> l ? String.join("; ", l.stream().map(String::valueOf).toList()) : v);
            }
            flat.add(f);
        }
        return csv.writer(schema.build()).writeValueAsBytes(flat);
    }

    static List<Map<String, Object>> articles(Briefing b) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (AnalyzedArticle a : b.articles()) {
            Article art = a.article();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", art.slug());
            m.put("title", art.meta().title());
            m.put("date", art.meta().date().toString());
            m.put("source", art.meta().source());
            m.put("url", art.meta().url());
            m.put("tags", art.meta().tags());
            m.put("path", art.pagePath());
            m.put("words", art.words());
            out.add(m);
        }
        return out;
    }

    static List<Map<String, Object>> figures(Briefing b) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (AnalyzedArticle a : b.articles()) {
            int n = 0;
            for (Figure f : a.analysis().figures()) {
                Sentence s = a.analysis().sentences().get(f.sentence());
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", a.slug() + "-f" + (++n));
                m.put("article", a.slug());
                m.put("measure", f.measure().id());
                m.put("value", plain(f.value()));
                m.put("low", plain(f.low()));
                m.put("high", plain(f.high()));
                m.put("qualifier", f.qualifier().id());
                m.put("group", f.group());
                m.put("actor", f.actor());
                m.put("date", f.date() == null ? null : f.date().toString());
                m.put("sentence", s.text());
                m.put("anchor", anchor(a, s));
                out.add(m);
            }
        }
        return out;
    }

    static List<Map<String, Object>> entities(Briefing b) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (EntityStats s : b.entities()) {
            Entity e = s.entity();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("name", e.name());
            m.put("type", e.type().id());
            m.put("aliases", e.aliases());
            m.put("mentions", s.mentions());
            m.put("articles", List.copyOf(s.perArticle().keySet()));
            out.add(m);
        }
        return out;
    }

    static List<Map<String, Object>> quotes(Briefing b) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (AnalyzedArticle a : b.articles()) {
            for (Quote q : a.analysis().quotes()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("article", a.slug());
                m.put("speaker", q.speakerName());
                m.put("text", q.text());
                m.put("anchor", anchor(a, a.analysis().sentences().get(q.sentence())));
                out.add(m);
            }
        }
        return out;
    }

    static List<Map<String, Object>> timeline(Briefing b) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (AnalyzedArticle a : b.articles()) {
            for (DateMention d : a.analysis().dates()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("article", a.slug());
                m.put("text", d.text());
                m.put("date", d.value());
                m.put("precision", d.precision().id());
                m.put("anchor", anchor(a, a.analysis().sentences().get(d.sentence())));
                out.add(m);
            }
        }
        return out;
    }

    private static String anchor(AnalyzedArticle a, Sentence s) {
        return a.article().pagePath() + "#" + s.anchorId();
    }

    /** 800000 rather than 8E+5 or 800000.0; 3.6 stays 3.6. */
    static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
