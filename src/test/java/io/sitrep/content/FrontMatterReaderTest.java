package io.sitrep.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterReaderTest {

    private final List<Problem> problems = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();

    /** Reads a whole file "---\n" + yaml + "---\n" the way the loader does. */
    private FrontMatter read(String yaml) {
        String source = "---\n" + yaml + "---\nBody.\n";
        return new FrontMatterReader().read("a.md", source, 4, yaml, problems, warnings);
    }

    private static List<String> where(List<Problem> list) {
        return list.stream().map(p -> p.file() + ":" + p.line() + ":" + p.column() + ": " + p.message()).toList();
    }

    @Test
    void readsEveryKnownKey() {
        FrontMatter m = read("""
                title: "Turkey: the line"
                date: 2020-02-05T10:00:00+03:00
                source: Reuters
                url: https://example.org/a
                author: A. Writer
                summary: Short.
                tags: [idlib, turkey]
                language: tr
                slug: the-line
                draft: true
                image: a.jpg
                caption: A caption
                """);
        assertThat(problems).isEmpty();
        assertThat(warnings).isEmpty();
        assertThat(m.title()).isEqualTo("Turkey: the line");
        assertThat(m.date()).isEqualTo(LocalDate.of(2020, 2, 5));
        assertThat(m.tags()).containsExactly("idlib", "turkey");
        assertThat(m.slug()).isEqualTo("the-line");
        assertThat(m.draft()).isTrue();
        assertThat(m.language()).isEqualTo("tr");
    }

    @Test
    void missingRequiredKeysAreReportedAtTheStartOfTheFrontMatter() {
        read("author: someone\n");
        assertThat(where(problems)).containsExactly(
                "a.md:2:1: front matter has no 'title'",
                "a.md:2:1: front matter has no 'date'",
                "a.md:2:1: front matter has no 'source'");
        assertThat(problems).allSatisfy(p -> assertThat(p.hint()).startsWith("add a line '"));
    }

    @Test
    void anImpossibleDateIsReportedAtItsValue() {
        read("title: T\ndate: 2020-02-30\nsource: S\n");
        assertThat(where(problems)).containsExactly("a.md:3:7: date '2020-02-30' is not a real date");
        assertThat(problems.get(0).hint()).contains("YYYY-MM-DD");
    }

    @Test
    void aListWhereAStringIsExpectedIsReportedAtTheList() {
        read("title: [one, two]\ndate: 2020-02-05\nsource:\n  name: Reuters\n");
        assertThat(where(problems)).containsExactly(
                "a.md:2:8: 'title' must be a single value, not a list",
                "a.md:5:3: 'source' must be a single value, not a mapping");
    }

    @Test
    void wrongTypesOfOptionalKeys() {
        read("title: T\ndate: 2020-02-05\nsource: S\ndraft: yes\ntags: {a: b}\nurl: www.example.org\n");
        assertThat(where(problems)).containsExactlyInAnyOrder(
                "a.md:5:8: 'draft' must be true or false, not 'yes'",
                "a.md:6:7: 'tags' must be a list, not a mapping",
                "a.md:7:6: url 'www.example.org' is not an http(s) address");
    }

    @Test
    void slugsWithSlashOrDotsAreRefusedAtTheirValue() {
        read("title: T\ndate: 2020-02-05\nsource: S\nslug: ../etc/passwd\n");
        assertThat(where(problems)).containsExactly("a.md:5:7: slug '../etc/passwd' may only hold a-z, 0-9 and '-'");
        assertThat(problems.get(0).hint()).isEqualTo("for example: slug: etc-passwd");
    }

    @Test
    void brokenYamlIsReportedWhereItBreaks() {
        read("title: Turkey: a test\ndate: 2020-02-05\nsource: S\n");
        assertThat(where(problems)).containsExactly(
                "a.md:2:14: front matter is not valid YAML: mapping values are not allowed here");
        assertThat(problems.get(0).hint()).contains("double quotes");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereTheQuoteOpens() {
        read("date: 2020-02-05\ntitle: \"Turkey\nsource: S\n");
        assertThat(problems).hasSize(1);
        assertThat(where(problems).get(0)).startsWith("a.md:3:8: front matter is not valid YAML: while scanning a quoted scalar");
        assertThat(problems.get(0).hint()).isEqualTo("close the quote, or write the value without quotes");
    }

    @Test
    void aTabIsReportedOnItsLine() {
        read("title: T\n\tdate: 2020-02-05\n");
        assertThat(where(problems).get(0)).startsWith("a.md:3:1: front matter is not valid YAML");
        assertThat(problems.get(0).hint()).isEqualTo("indent with spaces, not tabs");
    }

    @Test
    void aKeyGivenTwiceIsAnError() {
        read("title: T\ndate: 2020-02-05\nsource: S\ntitle: U\n");
        assertThat(where(problems)).containsExactly("a.md:5:1: 'title' is given twice (first on line 2)");
    }

    @Test
    void aMisspeltKeyIsAnErrorAndAnUnusedKeyAWarning() {
        read("title: T\ndate: 2020-02-05\nsource: S\ndarft: true\ncategories: [x]\n");
        assertThat(where(problems)).containsExactly("a.md:5:1: unknown front matter key 'darft'");
        assertThat(problems.get(0).hint()).isEqualTo("did you mean 'draft'?");
        assertThat(where(warnings)).containsExactly("a.md:6:1: front matter key 'categories' is not used by sitrep");
    }

    @Test
    void nearestKnownKey() {
        assertThat(FrontMatterReader.nearestKnown("Title")).isEqualTo("title");
        assertThat(FrontMatterReader.nearestKnown("tag")).isEqualTo("tags");
        assertThat(FrontMatterReader.nearestKnown("sorce")).isEqualTo("source");
        assertThat(FrontMatterReader.nearestKnown("categories")).isNull();
        assertThat(FrontMatterReader.nearestKnown("weight")).isNull();
    }

    @Test
    void frontMatterThatIsNotAMappingIsRefused() {
        read("- just\n- a list\n");
        assertThat(where(problems)).containsExactly("a.md:2:1: front matter must be a mapping of keys to values");
    }

    @Test
    void readsDatesAndDateTimes() {
        assertThat(FrontMatterReader.parseDate(" 2020-02-05 ")).isEqualTo(java.time.LocalDate.of(2020, 2, 5));
        assertThat(FrontMatterReader.parseDate("2020-02-29")).isEqualTo(java.time.LocalDate.of(2020, 2, 29));
        assertThat(FrontMatterReader.parseDate("2019-02-29")).isNull();
        assertThat(FrontMatterReader.parseDate("2020-13-01")).isNull();
        assertThat(FrontMatterReader.parseDate("2020-1-05")).isNull();
        assertThat(FrontMatterReader.parseDate("2020-02-05T23:30:00+03:00")).isEqualTo(java.time.LocalDate.of(2020, 2, 5));
        assertThat(FrontMatterReader.parseDate("2020-02-05T23:30")).isEqualTo(java.time.LocalDate.of(2020, 2, 5));
        assertThat(FrontMatterReader.parseDate("٢٠٢٠-٠٢-٠٥")).isNull();
        assertThat(FrontMatterReader.parseDate("yesterday")).isNull();
    }
}
