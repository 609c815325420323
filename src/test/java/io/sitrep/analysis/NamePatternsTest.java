package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamePatternsTest {

    @Test
    void keysAreFoldedNamesAliasesAndSurnames() {
        NamePatterns p = new NamePatterns(Fixtures.dictionary("""
                people:
                  - name: Bashar al-Assad
                  - name: İbrahim Kalın
                organizations:
                  - name: United Nations
                    aliases: [UN]
                """));

        assertThat(p.keys()).contains("bashar al assad", "al assad", "assad", "ibrahim kalin", "kalin",
                "united nations", "un");
        int assad = p.keys().indexOf("assad");
        assertThat(p.byKey().get(assad)).singleElement()
                .satisfies(x -> assertThat(x.kind()).isEqualTo(NamePatterns.Kind.SURNAME));
    }

    @Test
    void aSurnameTwoPeopleShareIsNotASurnameKey() {
        NamePatterns p = new NamePatterns(Fixtures.dictionary("""
                people:
                  - name: Recep Tayyip Erdoğan
                  - name: Emine Erdoğan
                """));

        assertThat(p.keys()).doesNotContain("erdogan");
    }

    @Test
    void caseRulesFollowHowTheFormIsWritten() {
        assertThat(NamePatterns.CaseRule.of("UN")).isEqualTo(NamePatterns.CaseRule.ALL_UPPER);
        assertThat(NamePatterns.CaseRule.of("U.S.")).isEqualTo(NamePatterns.CaseRule.ALL_UPPER);
        assertThat(NamePatterns.CaseRule.of("NATO")).isEqualTo(NamePatterns.CaseRule.INITIAL_UPPER);
        assertThat(NamePatterns.CaseRule.of("Trump")).isEqualTo(NamePatterns.CaseRule.INITIAL_UPPER);
        assertThat(NamePatterns.CaseRule.of("al-Qaeda")).isEqualTo(NamePatterns.CaseRule.ANY);
        assertThat(NamePatterns.CaseRule.ALL_UPPER.accepts("the UN", 4, 6)).isTrue();
        assertThat(NamePatterns.CaseRule.ALL_UPPER.accepts("the Un", 4, 6)).isFalse();
        assertThat(NamePatterns.CaseRule.INITIAL_UPPER.accepts("Nato", 0, 4)).isTrue();
        assertThat(NamePatterns.CaseRule.INITIAL_UPPER.accepts("[Donald] Trump", 0, 14)).isTrue();
    }
}
