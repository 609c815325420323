package io.sitrep.content;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * The one Flexmark configuration of the project: CommonMark plus YAML front matter, tables,
 * footnotes and autolinks ({@link PrefilteredAutolinkExtension}: Flexmark's, on text that may hold
 * a link). Flexmark parsers are thread-safe once built, so one instance is
 * shared by every stage and thread.
 */
public final class Markdown {

    private final DataHolder options;
    private final Parser parser;

    public Markdown() {
        MutableDataSet set = new MutableDataSet();
        set.set(Parser.EXTENSIONS, List.of(
                YamlFrontMatterExtension.create(),
                TablesExtension.create(),
                FootnoteExtension.create(),
                PrefilteredAutolinkExtension.create()));
        this.options = set.toImmutable();
        this.parser = Parser.builder(options).build();
    }

    /** The options, for renderers that must agree with the parser. */
    public DataHolder options() {
        return options;
    }

    /** Parses a whole file (front matter included) into a Flexmark document. */
    public Document parse(String source) {
        return parser.parse(source);
    }
}
