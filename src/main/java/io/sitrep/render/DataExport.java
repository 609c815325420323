package io.sitrep.render;

import io.sitrep.aggregate.AnalyzedArticle;
import io.sitrep.aggregate.Briefing;
import io.sitrep.aggregate.EntityStats;
import io.sitrep.analysis.Entity;
import io.sitrep.analysis.Figure;
import io.sitrep.analysis.Sentence;
import io.sitrep.content.Article;
import io.sitrep.publish.SiteOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.databind.SequenceWriter;
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

    // files are written into streams the site output owns: Jackson must not close them
    private final JsonMapper json = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private final CsvMapper csv = CsvMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private final BodyCache pieces;

    /** Exports made row by row on every build. */
    public DataExport() {
        this(BodyCache.NONE);
    }

    /**
     * Exports whose rows of each article (they depend on nothing else) are kept in {@code pieces}
     * and joined: a rebuild writes again only the rows of new and changed articles.
     */
    public DataExport(BodyCache pieces) {
        this.pieces = pieces;
    }

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

    /**
     * The exported files as independent pieces of work, so they can be written on several threads.
     * Rows are made one at a time as they are written, and written as they are made: at 10,000
     * articles the files are 135 MB, and every row of a file was held as a map while it was
     * written, then every file's bytes until the file was written.
     */
    public List<Export> exports(Briefing briefing) {
        return List.of(
                out -> out.write("data/articles.json", jsonOfArticles(briefing, "data/articles.json",
                        a -> List.of(article(a)))),
                out -> {
                    out.write("data/figures.json", jsonOfArticles(briefing, "data/figures.json", DataExport::figures));
                    out.write("data/figures.csv", csvOfArticles(briefing, "data/figures.csv", FIGURE_COLUMNS,
                            DataExport::figures));
                },
                out -> {
                    out.write("data/entities.json", file -> writeJson(entities(briefing), file));
                    out.write("data/entities.csv", file -> writeCsv(ENTITY_COLUMNS, entities(briefing), file));
                },
                out -> out.write("data/quotes.json", jsonOfArticles(briefing, "data/quotes.json", DataExport::quotes)),
                out -> out.write("data/timeline.json", jsonOfArticles(briefing, "data/timeline.json",
                        DataExport::timeline)));
    }

    /**
     * The JSON array of every article's {@code rows}, each article's from the pieces when they are
     * there, written piece by piece (never one array of tens of MB, nor all the pieces at once).
     */
    SiteOutput.Content jsonOfArticles(Briefing b, String file,
                                      Function<AnalyzedArticle, List<Map<String, Object>>> rows) {
        return jsonOfPieces(() -> b.articles().stream()
                .map(a -> pieces.piece(a, "piece:" + file, () -> piece(rows.apply(a)))), true);
    }

    /** The CSV of every article's {@code rows} under one header, like {@link #jsonOfArticles}. */
    SiteOutput.Content csvOfArticles(Briefing b, String file, List<String> columns,
                                     Function<AnalyzedArticle, List<Map<String, Object>>> rows) {
        byte[] header = (String.join(",", columns) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return out -> {
            boolean any = false;
            for (java.util.Iterator<byte[]> it = b.articles().stream()
                    .map(a -> pieces.piece(a, "piece:" + file, () -> csvRows(columns, rows.apply(a)))).iterator();
                 it.hasNext(); ) {
                byte[] p = it.next();
                if (p.length > 0) {
                    if (!any) {
                        out.write(header);
                        any = true;
                    }
                    out.write(p);
                }
            }
            if (!any) {
                out.write(csv(columns, Stream.empty())); // what a file without rows is, as Jackson writes it
            }
        };
    }

    /**
     * Rows as they stand inside a pretty-printed JSON array, brackets left out ("{...}, {...}"),
     * or nothing for no rows: {@link #jsonOfPieces} joins pieces into the array of all their rows,
     * byte for byte what {@link #json(Stream)} writes for them.
     */
    byte[] piece(List<?> rows) {
        if (rows.isEmpty()) {
            return new byte[0];
        }
        byte[] array = json.writeValueAsBytes(rows); // "[ " + rows + " ]"
        return java.util.Arrays.copyOfRange(array, 2, array.length - 2);
    }

    /**
     * The array of the rows of the pieces {@code pieces} gives (once each time it is written),
     * with a trailing newline as every exported file when {@code newline}; written piece by piece.
     */
    SiteOutput.Content jsonOfPieces(java.util.function.Supplier<Stream<byte[]>> pieces, boolean newline) {
        return out -> {
            boolean any = false;
            for (java.util.Iterator<byte[]> it = pieces.get().iterator(); it.hasNext(); ) {
                byte[] p = it.next();
                if (p.length > 0) {
                    out.write(any ? SEPARATOR : OPEN);
                    out.write(p);
                    any = true;
                }
            }
            byte[] end = any ? CLOSE_LINE : EMPTY_LINE;
            out.write(end, 0, newline ? end.length : end.length - 1);
        };
    }

    private static final byte[] OPEN = {'[', ' '};
    private static final byte[] SEPARATOR = {',', ' '};
    private static final byte[] CLOSE_LINE = {' ', ']', '\n'};
    private static final byte[] EMPTY_LINE = {'[', ' ', ']', '\n'};

    /** CSV lines of {@code rows}, without the header. */
    private byte[] csvRows(List<String> columns, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return new byte[0];
        }
        byte[] withHeader = csv(columns, rows.stream());
        int firstLine = 0;
        while (withHeader[firstLine] != '\n') {
            firstLine++;
        }
        return java.util.Arrays.copyOfRange(withHeader, firstLine + 1, withHeader.length);
    }

    /** JSON with a trailing newline, as every exported file. */
    public byte[] json(Object value) {
        ByteArrayBuilder buffer = new ByteArrayBuilder();
        json.writeValue(buffer, value);
        return finish(buffer, true);
    }

    /**
     * A JSON array of {@code rows} with a trailing newline: the same bytes as {@link #json(Object)}
     * of the list, written row by row into one buffer, so the rows are never all held at once.
     */
    public byte[] json(Stream<?> rows) {
        ByteArrayBuilder buffer = new ByteArrayBuilder();
        try {
            writeJson(rows, buffer);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // a buffer in memory: not thrown
        }
        return finish(buffer, false);
    }

    /** As {@link #json(Stream)}, row by row into {@code out}. */
    void writeJson(Stream<?> rows, java.io.OutputStream out) throws IOException {
        try (SequenceWriter w = json.writer().writeValuesAsArray(out)) {
            rows.forEachOrdered(w::write);
        }
        out.write('\n');
    }

    /** CSV with a header row; lists are joined with "; ". Written row by row, like {@link #json(Stream)}. */
    public byte[] csv(List<String> columns, Stream<Map<String, Object>> rows) {
        ByteArrayBuilder buffer = new ByteArrayBuilder();
        writeCsv(columns, rows, buffer);
        return finish(buffer, false);
    }

    /** As {@link #csv}, row by row into {@code out}. */
    void writeCsv(List<String> columns, Stream<Map<String, Object>> rows, java.io.OutputStream out) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        try (SequenceWriter w = csv.writer(schema.build()).writeValues(out)) {
            rows.forEachOrdered(row -> {
                Map<String, Object> f = new LinkedHashMap<>();
                for (String c : columns) {
                    Object v = row.get(c);
                    f.put(c, v instanceof List<?> l ? String.join("; ", l.stream().map(String::valueOf).toList()) : v);
                }
                w.write(f);
            });
        }
    }

    /** The buffer's bytes in one array (with a newline after them when asked); the buffer is let go. */
    private static byte[] finish(ByteArrayBuilder buffer, boolean newline) {
        if (newline) {
            buffer.write('\n');
        }
        byte[] out = buffer.toByteArray();
        buffer.release();
        return out;
    }

    static Stream<Map<String, Object>> articles(Briefing b) {
        return b.articles().stream().map(DataExport::article);
    }

    static Map<String, Object> article(AnalyzedArticle a) {
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
        return m;
    }

    static Stream<Map<String, Object>> figures(Briefing b) {
        return b.articles().stream().flatMap(a -> figures(a).stream());
    }

    static List<Map<String, Object>> figures(AnalyzedArticle a) {
        List<Map<String, Object>> out = new ArrayList<>(); // one article's rows at a time
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
        return out;
    }

    static Stream<Map<String, Object>> entities(Briefing b) {
        return b.entities().stream().map(s -> {
            Entity e = s.entity();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("name", e.name());
            m.put("type", e.type().id());
            m.put("aliases", e.aliases());
            m.put("mentions", s.mentions());
            m.put("articles", List.copyOf(s.perArticle().keySet()));
            return m;
        });
    }

    static Stream<Map<String, Object>> quotes(Briefing b) {
        return b.articles().stream().flatMap(a -> quotes(a).stream());
    }

    static List<Map<String, Object>> quotes(AnalyzedArticle a) {
        return a.analysis().quotes().stream().map(q -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("article", a.slug());
            m.put("speaker", q.speakerName());
            m.put("text", q.text());
            m.put("anchor", anchor(a, a.analysis().sentences().get(q.sentence())));
            return m;
        }).toList();
    }

    static Stream<Map<String, Object>> timeline(Briefing b) {
        return b.articles().stream().flatMap(a -> timeline(a).stream());
    }

    static List<Map<String, Object>> timeline(AnalyzedArticle a) {
        return a.analysis().dates().stream().map(d -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("article", a.slug());
            m.put("text", d.text());
            m.put("date", d.value());
            m.put("precision", d.precision().id());
            m.put("anchor", anchor(a, a.analysis().sentences().get(d.sentence())));
            return m;
        }).toList();
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
