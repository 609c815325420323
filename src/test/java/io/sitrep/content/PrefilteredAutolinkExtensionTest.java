package io.sitrep.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PrefilteredAutolinkExtensionTest {

    private final Parser prefiltered = parser(PrefilteredAutolinkExtension.create());
    private final Parser flexmarks = parser(AutolinkExtension.create());
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).build();

    private static Parser parser(Extension autolink) {
        MutableDataSet set = new MutableDataSet();
        set.set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create(), TablesExtension.create(),
                FootnoteExtension.create(), autolink));
        return Parser.builder(set).build();
    }

    private void assertSameAsFlexmarksAutolink(String markdown) {
        assertThat(ast(prefiltered, markdown)).as(markdown).isEqualTo(ast(flexmarks, markdown));
        assertThat(renderer.render(prefiltered.parse(markdown))).as(markdown)
                .isEqualTo(renderer.render(flexmarks.parse(markdown)));
    }

    private static String ast(Parser parser, String markdown) {
        StringBuilder out = new StringBuilder();
        dump(parser.parse(markdown), 0, out);
        return out.toString();
    }

    /** Every node with its type and source range, indented by depth. */
    private static void dump(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.getClass().getSimpleName()).append('[')
                .append(node.getStartOffset()).append(',').append(node.getEndOffset()).append("]\n");
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            dump(child, depth + 1, out);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "See https://example.com/a?b=1&c=2 now.", "Go to www.example.com or WWW.EXAMPLE.COM.",
            "Write to press@example.org.", "A bare scheme: ftp:// and mailto:x@y.z", "x://y",
            "Escaped: https\\://example.com and www\\.example.com", "Entity: press&#64;example.org, www&#46;x.com",
            "https&#58;//example.com", "*www.example.com* and [text](http://a.example) http://b.example",
            "`http://code.example` stays code", "| a | https://t.example |\n|---|---|\n| b@c.de | d |",
            "Footnote[^1].\n\n[^1]: See http://f.example.", "Joined by a reference: x/&amp;@a.b",
            "Nothing to link here: 3:30, a/b, w.w.w, ww.x."})
    void linksTheSameTextAsFlexmarksExtension(String markdown) {
        assertSameAsFlexmarksAutolink(markdown);
    }

    static Stream<Path> seedArticles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("content/articles"))) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seedArticles")
    void parsesTheSeedArticlesAsFlexmarksExtensionDoes(Path article) throws IOException {
        assertSameAsFlexmarksAutolink(Files.readString(article));
    }

    @Test
    void parsesRandomTextFullOfNearLinksAsFlexmarksExtensionDoes() {
        String[] pieces = {"http", "://", ":/", "www", "WwW", ".", "@", "&#64;", "&amp;", "\\", "\\.", "\\:", "/",
                "example", "com", " ", "\n", "*", "_", "`", "[", "](", ")", "<", ">", "x", "-", "a.b", "&", ";"};
        Random random = new Random(8);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder s = new StringBuilder();
            for (int k = random.nextInt(25); k >= 0; k--) {
                s.append(pieces[random.nextInt(pieces.length)]);
            }
            assertSameAsFlexmarksAutolink(s.toString());
        }
    }

    @Test
    void plainProseIsNotScanned() {
        assertThat(PrefilteredAutolinkExtension.mayHoldLink("Turkey said 14 soldiers were killed at 3:30 on w.w.")).isFalse();
        assertThat(PrefilteredAutolinkExtension.mayHoldLink("see http://x")).isTrue();
        assertThat(PrefilteredAutolinkExtension.mayHoldLink("wWw.x")).isTrue();
        assertThat(PrefilteredAutolinkExtension.mayHoldLink("a@b")).isTrue();
        assertThat(PrefilteredAutolinkExtension.mayHoldLink("a&#64;b")).isTrue();
        assertThat(PrefilteredAutolinkExtension.mayHoldLink("http\\://x")).isTrue();
    }
}
