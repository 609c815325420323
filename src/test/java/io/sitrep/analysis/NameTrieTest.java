package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameTrieTest {

    private static List<String> found(List<String> keys, String text) {
        List<String> out = new ArrayList<>();
        new NameTrie(keys).findWholeWords(text.toCharArray(), text.length(),
                (start, end, key) -> out.add(start + "-" + end + "=" + keys.get(key)));
        return out;
    }

    /** What the trie must find, by brute force: every occurrence of every key with a word boundary on both sides. */
    private static List<String> naive(List<String> keys, String text) {
        List<String> out = new ArrayList<>();
        for (int start = 0; start < text.length(); start++) {
            for (int end = start + 1; end <= text.length(); end++) {
                int key = keys.indexOf(text.substring(start, end));
                boolean before = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1));
                boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
                if (key >= 0 && before && after) {
                    out.add(start + "-" + end + "=" + keys.get(key));
                }
            }
        }
        return out;
    }

    @Test
    void findsWholeWordsOnlyOverlapsIncluded() {
        List<String> keys = List.of("idlib", "idlib city", "city", "ankara", "un");

        assertThat(found(keys, "idlib city, idlibi, ankara's un-named unit"))
                .containsExactly("0-5=idlib", "0-10=idlib city", "6-10=city", "20-26=ankara", "29-31=un");
    }

    @Test
    void keysMayHoldPunctuationAndLettersBeyondAscii() {
        List<String> keys = List.of("u.s.", "hay'at tahrir al sham", "ерdоган");

        assertThat(found(keys, "the u.s. and hay'at tahrir al sham, ерdоган."))
                .containsExactly("4-8=u.s.", "13-34=hay'at tahrir al sham", "36-43=ерdоган");
    }

    @Test
    void noKeysFindNothing() {
        assertThat(found(List.of(), "anything")).isEmpty();
        assertThat(found(List.of("a"), "")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6})
    void findsWhatABruteForceSearchFinds(int seed) {
        Random random = new Random(seed);
        String alphabet = "ab ’'.-ç1";
        List<String> keys = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            StringBuilder key = new StringBuilder();
            for (int n = 1 + random.nextInt(5); n > 0; n--) {
                key.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (!keys.contains(key.toString())) {
                keys.add(key.toString());
            }
        }
        StringBuilder text = new StringBuilder();
        for (int n = 0; n < 400; n++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }

        assertThat(found(keys, text.toString())).containsExactlyElementsOf(naive(keys, text.toString()));
    }
}
