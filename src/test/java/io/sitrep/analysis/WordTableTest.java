package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordTableTest {

    private static int get(WordTable t, String text, int start, int end) {
        return t.get(text.toCharArray(), start, end);
    }

    @Test
    void findsAWordInAnyAsciiCaseInsideALongerText() {
        WordTable t = new WordTable(Map.of("said", 1, "february", 4, "mid-", 8));
        String text = "Peskov SAID in February, Mid-";

        assertThat(get(t, text, 7, 11)).isEqualTo(1);
        assertThat(get(t, text, 15, 23)).isEqualTo(4);
        assertThat(get(t, text, 25, 29)).isEqualTo(8);
        assertThat(get(t, text, 0, 6)).isEqualTo(WordTable.ABSENT);
        assertThat(get(t, text, 7, 10)).isEqualTo(WordTable.ABSENT); // "SAI": a prefix is not the word
        assertThat(get(t, text, 7, 7)).isEqualTo(WordTable.ABSENT);
    }

    @Test
    void keysThatAreNotLowerCaseAsciiAreNeverFound() {
        WordTable t = new WordTable(Map.of("Said", 1, "şam", 2, "", 3));

        assertThat(get(t, "said", 0, 4)).isEqualTo(WordTable.ABSENT);
        assertThat(get(t, "x", 0, 0)).isEqualTo(3); // like the map: the empty word has its value
    }

    @Test
    void anEmptyTableFindsNothing() {
        assertThat(get(new WordTable(Map.of()), "word", 0, 4)).isEqualTo(WordTable.ABSENT);
    }

    @Test
    void agreesWithAMapLookUpOfTheLowerCaseForm() {
        Random random = new Random(7);
        Map<String, Integer> words = new HashMap<>();
        for (int n = 0; n < 300; n++) {
            words.put(word(random), n);
        }
        WordTable t = new WordTable(words);
        for (int n = 0; n < 5000; n++) {
            String w = random.nextBoolean() ? word(random) : words.keySet().iterator().next().toUpperCase(Locale.ROOT);
            String text = "  " + w + " ";
            Integer expected = words.get(w.toLowerCase(Locale.ROOT));

            assertThat(get(t, text, 2, 2 + w.length())).as(w).isEqualTo(expected == null ? WordTable.ABSENT : expected);
        }
    }

    private static String word(Random random) {
        StringBuilder b = new StringBuilder();
        for (int n = 1 + random.nextInt(4); n > 0; n--) {
            b.append("abcAB-'".charAt(random.nextInt(7)));
        }
        return b.toString();
    }
}
