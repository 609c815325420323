package io.sitrep.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafePathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "articles/2020-02-26-erdogan.html", "charts/a_b.svg", "a/b/c/d.e",
        "..a", "a..", ".well-known/x", ".sitrepx/a", "x/.sitre"})
    void pathsInsideTheFolderPass(String path) {
        assertThat(SafePaths.check(path)).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/etc/passwd", "../outside", "a/../../b", "a/./b", ".", "..", "a//b", "a/",
        "a\\\\b", "C:\\\\x", ".sitrep/manifest.json", "a/.sitrep", "a b.html", "é.html", "a/b?c"})
    void pathsThatCouldLeaveTheFolderOrTouchItsStateAreRefused(String path) {
        assertThatThrownBy(() -> SafePaths.check(path)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a safe site path");
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> SafePaths.check(null)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The rule as it reads, checked against the character loop on random paths over a small alphabet. */
    @Test
    void agreesWithTheRuleAsWritten() {
        Pattern segment = Pattern.compile("[A-Za-z0-9._-]+");
        String alphabet = "ab./\\-_ .sitrep";
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder path = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                path.append(random.nextInt(6) == 0 ? ".sitrep" : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            String p = path.toString();
            boolean expected = !p.isEmpty() && !p.startsWith("/") && !p.contains("\\");
            if (expected) {
                for (String seg : p.split("/", -1)) {
                    expected &= !seg.equals(".") && !seg.equals("..") && segment.matcher(seg).matches()
                            && !seg.equals(StagedSite.STATE_DIR);
                }
            }
            boolean actual;
            try {
                SafePaths.check(p);
                actual = true;
            } catch (IllegalArgumentException e) {
                actual = false;
            }
            assertThat(actual).as(p).isEqualTo(expected);
        }
    }
}
