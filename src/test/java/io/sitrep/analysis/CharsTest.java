package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class CharsTest {

    private static void check(String name, Predicate<Character> fast, Predicate<Character> jdk, List<String> wrong) {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            if (fast.test(c) != jdk.test(c)) {
                wrong.add(name + " U+" + Integer.toHexString(i));
            }
        }
    }

    @Test
    void answersLikeCharacterForEveryChar() {
        List<String> wrong = new ArrayList<>();
        check("isLetterOrDigit", Chars::isLetterOrDigit, Character::isLetterOrDigit, wrong);
        check("isLetter", Chars::isLetter, Character::isLetter, wrong);
        check("isDigit", Chars::isDigit, Character::isDigit, wrong);
        check("isWhitespace", Chars::isWhitespace, Character::isWhitespace, wrong);
        check("isUpperCase", Chars::isUpperCase, Character::isUpperCase, wrong);
        check("isLowerCase", Chars::isLowerCase, Character::isLowerCase, wrong);

        assertThat(wrong).isEmpty();
    }

    @Test
    void asciiAnswers() {
        assertThat(Chars.isLetterOrDigit('a')).isTrue();
        assertThat(Chars.isLetterOrDigit('-')).isFalse();
        assertThat(Chars.isUpperCase('Q')).isTrue();
        assertThat(Chars.isWhitespace('\n')).isTrue();
        assertThat(Chars.isLetter('ğ')).isTrue();
    }
}
