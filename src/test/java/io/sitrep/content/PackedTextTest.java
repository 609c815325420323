package io.sitrep.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PackedTextTest {

    @Test
    void givesBackEveryKindOfTextExactly() {
        List<String> texts = List.of("", "plain ASCII", "caf\u00e9 na\u00efve", "\u201cquoted\u201d \u2013 dash \u2026",
                "Idlib \u0625\u062f\u0644\u0628 \u0418\u0434\u043b\u0438\u0431", "emoji \uD83D\uDE00 pair",
                "lone \uD83D high", "lone \uDE00 low", "\uD83D", "\uFFFF starts with the mark", "\uFFFF",
                "\u00ff\u00fe", "ends high \uD83D");
        for (String t : texts) {
            assertThat(PackedText.unpack(PackedText.pack(t))).as(t).isEqualTo(t);
        }
    }

    @Test
    void givesBackRandomCharsExactly() {
        Random random = new Random(8);
        for (int n = 0; n < 2_000; n++) {
            char[] chars = new char[random.nextInt(20)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = random.nextBoolean() ? (char) random.nextInt(0x100) : (char) random.nextInt(0x10000);
            }
            String t = new String(chars);
            assertThat(PackedText.unpack(PackedText.pack(t))).isEqualTo(t);
        }
    }

    @Test
    void packedTextWithCurlyQuotesTakesOneByteAPerCharNotTwo() {
        String t = "He said \u201cwe will respond\u201d.".repeat(100);
        String packed = PackedText.pack(t);
        assertThat(packed.chars()).allMatch(c -> c <= 0xFF); // a Latin-1 string: one byte per char
        assertThat(packed.length()).isLessThan(t.length() * 2 * 11 / 10); // UTF-16 would be 2 bytes a char
        assertThat(PackedText.pack("plain")).isEqualTo("plain");
    }

    @Test
    void differentTextsStayDifferentWhenPacked() {
        assertThat(PackedText.pack("\u201c")).isNotEqualTo(PackedText.pack("\u201d"));
        assertThat(PackedText.pack("\uD83D")).isNotEqualTo(PackedText.pack("\uDE00"));
        assertThat(PackedText.pack("\uFFFF")).isNotEqualTo(PackedText.pack("\uD83D"));
    }
}
