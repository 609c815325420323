package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFoldTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Recep Tayyip Erdoğan | recep tayyip erdogan",
        "Mevlüt Çavuşoğlu | mevlut cavusoglu",
        "İbrahim Kalın | ibrahim kalin",
        "Łódź | lodz",
        "Søren Ørsted | soren orsted",
        "Đorđe | dorde",
        "Straße | strasse",
        "Æsir Œuvre | aesir oeuvre",
        "Stéphane Dujarric | stephane dujarric",
        "ISTANBUL | istanbul"})
    void foldsCaseAndDiacritics(String written, String folded) {
        assertThat(TextFold.key(written)).isEqualTo(folded);
    }

    @Test
    void apostrophesInsideWordsGoButPossessivesStay() {
        assertThat(TextFold.key("Ma’arat al-Nu’man")).isEqualTo("maarat al numan");
        assertThat(TextFold.key("Ma'arat al-Nu'man")).isEqualTo("maarat al numan");
        assertThat(TextFold.key("Turkey’s")).isEqualTo("turkey's");
        assertThat(TextFold.key("the soldiers’ families")).isEqualTo("the soldiers' families");
    }

    @Test
    void hyphensBracketsAndSpacesFoldToSingleSpaces() {
        assertThat(TextFold.key("[the Bashar-al-Assad] regime")).isEqualTo("the bashar al assad regime");
        assertThat(TextFold.key("Mr [Donald]  Trump")).isEqualTo("mr donald trump");
        assertThat(TextFold.key("Kurdistan Region – Turkey")).isEqualTo("kurdistan region turkey");
        assertThat(TextFold.key("a\u00a0b\n\nc")).isEqualTo("a b c");
    }

    @Test
    void everyFoldedCharacterMapsBackToItsSource() {
        String text = "Ex: Çavuşoğlu’s [Donald] Trump";
        TextFold f = TextFold.of(text, 4, text.length());

        assertThat(f.text()).isEqualTo("cavusoglu's donald trump");
        int d = f.text().indexOf("donald");
        assertThat(text.substring(f.source(d), f.sourceEnd(d + "donald trump".length()))).isEqualTo("Donald] Trump");
        assertThat(text.substring(f.source(0), f.sourceEnd("cavusoglu".length()))).isEqualTo("Çavuşoğlu");
    }

    @Test
    void decomposedInputFoldsLikeComposed() {
        assertThat(TextFold.key("Erdog\u0306an")).isEqualTo(TextFold.key("Erdoğan"));
    }
}
