package io.sitrep.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    private final List<Problem> problems = new ArrayList<>();

    @Test
    void decodesUtf8() {
        assertThat(SourceText.decode("a.md", "Erdoğan “quote” 😀".getBytes(StandardCharsets.UTF_8), problems))
                .isEqualTo("Erdoğan “quote” 😀");
        assertThat(problems).isEmpty();
    }

    @Test
    void aTruncatedSequenceAtTheEndIsReported() {
        byte[] bytes = "ab\nc😀".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 2);
        assertThat(SourceText.decode("a.md", cut, problems)).isNull();
        assertThat(problems).extracting(Problem::toString).containsExactly(
                "a.md:2:2: is not UTF-8 (byte 0xF0 at byte offset 4); save the file as UTF-8 (in most editors: Save with encoding, UTF-8)");
    }

    @Test
    void aReplacementCharacterWrittenInTheFileIsText() {
        assertThat(SourceText.decode("a.md", "bad � sign".getBytes(StandardCharsets.UTF_8), problems))
                .isEqualTo("bad \uFFFD sign");
        assertThat(problems).isEmpty();
    }

    @Test
    void aBadByteAfterAReplacementCharacterIsReported() {
        byte[] ok = "x\uFFFD\ny".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(ok, ok.length + 1);
        bytes[ok.length] = (byte) 0xC3; // a lead byte with nothing after it
        assertThat(SourceText.decode("a.md", bytes, problems)).isNull();
        assertThat(problems).extracting(Problem::message).containsExactly("is not UTF-8 (byte 0xC3 at byte offset 6)");
    }

    @Test
    void aNulByteMeansBinary() {
        assertThat(SourceText.decode("a.md", new byte[] {'a', 0, 'b'}, problems)).isNull();
        assertThat(problems).extracting(Problem::message).containsExactly("is a binary file, not a Markdown article");
    }
}
