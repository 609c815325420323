package io.sitrep.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTest {

    private static final String SOURCE = "---\ntitle: T\n---\nErdo\u011fan said \u201cno\u201d \u2013 twice.\n";

    private static Article article(String source) {
        FrontMatter meta = new FrontMatter("T", LocalDate.of(2020, 2, 5), "2020-02-05", "S", null, null, null, List.of(),
                "en", null, false, null, null);
        return new Article("a", "a.md", meta, source, 16, new PlainText("x", new int[] {16, 17}, List.of()), 1, "00");
    }

    @Test
    void givesTheSourceAndBodyAsRead() {
        Article a = article(SOURCE);
        assertThat(a.source()).isEqualTo(SOURCE);
        assertThat(a.body()).isEqualTo("\nErdo\u011fan said \u201cno\u201d \u2013 twice.\n");
        assertThat(a.pagePath()).isEqualTo("articles/a.html");
    }

    @Test
    void equalityHashAndTextAreThoseOfTheSource() {
        assertThat(article(SOURCE)).isEqualTo(article(SOURCE)).hasSameHashCodeAs(article(SOURCE));
        assertThat(article(SOURCE)).isNotEqualTo(article(SOURCE.replace('\u201d', '\u201c')));
        assertThat(article(SOURCE).toString()).contains("source=" + SOURCE).contains("slug=a");
    }

    private static Article fromBytes(byte[] utf8) {
        FrontMatter meta = new FrontMatter("T", LocalDate.of(2020, 2, 5), "2020-02-05", "S", null, null, null, List.of(),
                "en", null, false, null, null);
        return Article.ofUtf8("a", "a.md", meta, utf8, 16, new PlainText("x", new int[] {16, 17}, List.of()), 1, "00");
    }

    @Test
    void anArticleMadeFromTheFilesBytesEqualsOneMadeFromItsText() {
        byte[] utf8 = SOURCE.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(fromBytes(utf8)).isEqualTo(article(SOURCE)).hasSameHashCodeAs(article(SOURCE));
        assertThat(fromBytes(utf8).source()).isEqualTo(SOURCE);

        byte[] bom = ("\uFEFF" + SOURCE).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(fromBytes(bom)).as("a byte order mark reads as a space, as the loader reads it")
                .isEqualTo(article(" " + SOURCE));
    }
}
