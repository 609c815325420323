package io.sitrep.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlainTextExtractorTest {

    private static final Markdown MARKDOWN = new Markdown();

    private static PlainText extract(String source) {
        return PlainTextExtractor.extract(MARKDOWN.parse(source));
    }

    /**
     * Every character inside a block maps to the same character in the source, except a space
     * for a line break (maps to the '\n') and a character decoded from an entity (maps to its
     * '&'); offsets never decrease.
     */
    private static void assertMapsBack(String source, PlainText t) {
        String text = t.text();
        for (TextBlock b : t.blocks()) {
            for (int i = b.start(); i < b.end(); i++) {
                char c = text.charAt(i);
                int at = t.toSource(i);
                char s = source.charAt(at);
                boolean lineBreak = c == ' ' && s == '\n';
                boolean entity = s == '&' && source.indexOf(';', at) > at;
                assertThat(c == s || lineBreak || entity)
                        .as("plain %d '%c' maps to source %d '%c' in %s", i, c, at, s, source).isTrue();
            }
        }
        for (int i = 1; i <= text.length(); i++) {
            assertThat(t.toSource(i)).as("offset %d", i).isGreaterThanOrEqualTo(t.toSource(i - 1));
        }
    }

    @Test
    void emphasisLinksEscapesEntitiesAndCode() {
        String src = "Intro *em* and **strong** [a link](http://x.org) <https://auto.org> x\\*y &amp; &eacute; `co de`\n"
                + "next line  \nhard\\\nbreak\n";
        PlainText t = extract(src);
        assertThat(t.text()).isEqualTo("Intro em and strong a link https://auto.org x*y & é co de next line hard break");
        assertThat(t.blocks()).containsExactly(new TextBlock(BlockKind.PARAGRAPH, 0, t.text().length()));
        assertMapsBack(src, t);
        assertThat(t.toSource(t.text().indexOf('*'))).isEqualTo(src.indexOf("\\*") + 1);
        assertThat(t.toSource(t.text().indexOf('é'))).isEqualTo(src.indexOf("&eacute;"));
    }

    @Test
    void listsBlockQuotesTablesAndHeadingsAreBlocksOfTheirOwn() {
        String src = "# Head #\n\n> quote one\n> quote two\n\n- item *a*\n- item b\n\n"
                + "| h1 | h2 |\n|---|---|\n| c1 | c\\|2 |\n\nSetext\n===\n";
        PlainText t = extract(src);
        assertThat(t.text()).isEqualTo("Head\n\nquote one quote two\n\nitem a\n\nitem b\n\nh1\n\nh2\n\nc1\n\nc|2\n\nSetext");
        assertThat(t.blocks()).extracting(TextBlock::kind).containsExactly(BlockKind.HEADING, BlockKind.BLOCK_QUOTE,
                BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.TABLE_CELL, BlockKind.TABLE_CELL,
                BlockKind.TABLE_CELL, BlockKind.TABLE_CELL, BlockKind.HEADING);
        assertMapsBack(src, t);
    }

    @Test
    void imagesRawHtmlAndCodeBlocksAreNotProse() {
        String src = "Before ![img](x.png) <b>bold</b> after.\n\n```\ncode block\n```\n\n    indented code\n\n<div>\nhtml\n</div>\n";
        PlainText t = extract(src);
        assertThat(t.text()).isEqualTo("Before bold after.");
        assertMapsBack(src, t);
    }

    @Test
    void windowsLineEndings() {
        String src = "one\r\ntwo\r\n\r\n> three\r\n> four\r\n";
        PlainText t = extract(src);
        assertThat(t.text()).isEqualTo("one two\n\nthree four");
        assertMapsBack(src, t);
    }

    @Test
    void blanksInFrontMatterKeepFileOffsets() {
        String src = "---\ntitle: T\n---\nBody *text*.\n";
        FrontMatterBlock block = FrontMatterBlock.find(src);
        PlainText t = PlainTextExtractor.extract(MARKDOWN.parse(block.blanked(src)));
        assertThat(t.text()).isEqualTo("Body text.");
        assertMapsBack(src, t);
        assertThat(t.toSource(0)).isEqualTo(src.indexOf("Body"));
    }

    @Test
    void anEmptyDocument() {
        PlainText t = extract("");
        assertThat(t.text()).isEmpty();
        assertThat(t.blocks()).isEmpty();
        assertThat(t.toSource(0)).isZero();
    }

    private static final List<String> PIECES = List.of("word", "Turkey’s", "*em*", "**strong**", "_u_", "[link](http://a.b)",
            "[ref][r]", "\\*", "\\_", "\\[x\\]", "&amp;", "&copy;", "&#233;", "`code`", "<https://x.org>", "![i](i.png)",
            "<i>raw</i>", "5,000", "“quote”", "~", "#", "a|b", "  ", "\n", "  \n", "\\\n");
    private static final List<String> PREFIXES = List.of("", "", "> ", "- ", "1. ", "## ", "| ");

    static IntStream seeds() {
        return IntStream.rangeClosed(1, 200);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomDocumentsMapBack(int seed) {
        Random r = new Random(seed);
        StringBuilder src = new StringBuilder();
        for (int block = 0; block < 1 + r.nextInt(5); block++) {
            String prefix = PREFIXES.get(r.nextInt(PREFIXES.size()));
            src.append(prefix);
            for (int i = 0; i < 2 + r.nextInt(12); i++) {
                String piece = PIECES.get(r.nextInt(PIECES.size()));
                src.append(piece.equals("\n") ? "\n" + prefix : piece).append(r.nextBoolean() ? " " : "");
            }
            src.append(prefix.equals("| ") ? " |\n|---|\n" : "\n\n");
        }
        src.append("[r]: http://ref.example\n");
        String source = src.toString();
        PlainText t = extract(source);
        assertMapsBack(source, t);
        assertThat(t.text()).doesNotStartWith(" ").doesNotContain("  ");
    }

    @org.junit.jupiter.api.Test
    void bracketsThatDefineNoLinkStayText() {
        String source = "Mr [Donald] Trump said “We expect the parties [in Idlib] to comply.”\n";
        PlainText plain = extract(source);
        org.assertj.core.api.Assertions.assertThat(plain.text())
                .isEqualTo("Mr [Donald] Trump said “We expect the parties [in Idlib] to comply.”");
        for (int i = 0; i < plain.text().length(); i++) {
            org.assertj.core.api.Assertions.assertThat(source.charAt(plain.toSource(i))).isEqualTo(plain.text().charAt(i));
        }
    }

    @org.junit.jupiter.api.Test
    void aDefinedReferenceIsALinkAndKeepsOnlyItsText() {
        PlainText plain = extract("See [the report][r] and [AFP].\n\n[r]: https://example.org\n[AFP]: https://afp.com\n");
        org.assertj.core.api.Assertions.assertThat(plain.text()).isEqualTo("See the report and AFP.");
    }
}
