package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.content.PlainText;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateFinderTest {

    /** A Wednesday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2020, 2, 19);

    private static List<DateMention> find(String markdown, LocalDate published) {
        PlainText text = Fixtures.plain(markdown);
        return new DateFinder().find(text, new SentenceSplitter().split(text), published);
    }

    private static List<String> found(String markdown) {
        return find(markdown, PUBLISHED).stream().map(d -> d.text() + "=" + d.value()).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Turkey urged Russia on Feb. 6 to act.                 | on Feb. 6=2020-02-06",
        "They agreed on January 12.                             | on January 12=2020-01-12",
        "It was signed on 6 February 2019 in Sochi.             | on 6 February 2019=2019-02-06",
        "It was signed on February 6, 2019.                     | on February 6, 2019=2019-02-06",
        "It fell on Dec. 24 last year.                          | on Dec. 24 last year=2019-12-24",
        "It began in March last year.                           | in March last year=2019-03",
        "They met in September 2018.                            | in September 2018=2018-09",
        "Fighting resumed in late 2019.                         | in late 2019=2019",
        "The 2018 deal held.                                    | 2018=2018",
        "Turkey closed its border in 2016, he said.             | in 2016=2016",
        "The offensive began in December.                       | in December=2019-12",
        "It started in late January.                            | in late January=2020-01",
        "Talks stalled in mid-February.                         | in mid-February=2020-02",
        "They were blocked last August.                         | last August=2019-08",
        "He fired back earlier this month.                      | earlier this month=2020-02",
        "Seventeen were killed this month alone.                | this month=2020-02",
        "Troops must leave by the end of February.              | by the end of February=2020-02",
        "They must leave by the end of the month.               | by the end of the month=2020-02",
        "It will end by the end of this year.                   | by the end of this year=2020",
        "Peskov spoke on Wednesday.                             | on Wednesday=2020-02-19",
        "Kalin said Tuesday his country will send more.         | Tuesday=2020-02-18",
        "They discussed it on Saturday.                         | on Saturday=2020-02-15",
        "They met last Wednesday.                               | last Wednesday=2020-02-12",
        "Casualties were reported yesterday.                    | yesterday=2020-02-18",
        "The talks took place three days ago.                   | three days ago=2020-02-16",
        "He was elected last year.                              | last year=2019"})
    void resolvesAgainstThePublicationDate(String sentence, String expected) {
        assertThat(found(sentence)).containsExactly(expected);
    }

    @Test
    void weeksAreMondayToSundayWithDayPrecision() {
        List<DateMention> d = find("Similar contacts last week ended. A flare-up this week followed.", PUBLISHED);

        assertThat(d).extracting(DateMention::date).containsExactly(LocalDate.of(2020, 2, 10), LocalDate.of(2020, 2, 17));
        assertThat(d).extracting(DateMention::until).containsExactly(LocalDate.of(2020, 2, 16), LocalDate.of(2020, 2, 23));
        assertThat(d).extracting(DateMention::precision).containsOnly(Precision.DAY);
    }

    @Test
    void theFutureTenseLooksAhead() {
        assertThat(found("Putin and Erdogan will meet on Thursday.")).containsExactly("on Thursday=2020-02-20");
        assertThat(found("A delegation was due to arrive on Thursday.")).containsExactly("on Thursday=2020-02-13");
        assertThat(found("A summit is expected in March.")).containsExactly("in March=2020-03");
        assertThat(found("The deal was signed in March.")).containsExactly("in March=2019-03");
    }

    @Test
    void durationsAndCountsAreNotDates() {
        assertThat(found("It displaced 400,000 in six weeks of the 107-month conflict, the nearly nine-year war.")).isEmpty();
        assertThat(found("In recent weeks, over the past two weeks and in recent days, a day after.")).isEmpty();
        assertThat(found("Some 2000 troops and more than 1999 people; resolution 2042 passed.")).isEmpty();
    }

    @Test
    void ambiguousMonthNamesNeedACue() {
        assertThat(found("May God help us, Theresa May said. The March rally grew.")).isEmpty();
        assertThat(found("It happened in May and on March 3.")).containsExactly("in May=2019-05", "on March 3=2019-03-03");
    }

    @Test
    void aWeekdayWithItsDateIsOneExpression() {
        assertThat(found("He spoke on Wednesday, Feb. 5, in Ankara.")).containsExactly("on Wednesday, Feb. 5=2020-02-05");
    }

    @Test
    void expressionsCarryTheirSentenceAndOffsets() {
        PlainText text = Fixtures.plain("Nothing. Then on Feb. 3 it began.");
        List<DateMention> d = new DateFinder().find(text, new SentenceSplitter().split(text), PUBLISHED);

        assertThat(d).singleElement().satisfies(m -> {
            assertThat(m.sentence()).isEqualTo(1);
            assertThat(text.text().substring(m.start(), m.end())).isEqualTo("on Feb. 3");
        });
    }

    @Test
    void noPublicationDateNoDates() {
        assertThat(find("On Wednesday it rained.", null)).isEmpty();
    }
}
