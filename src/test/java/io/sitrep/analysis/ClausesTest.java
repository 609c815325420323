package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.content.PlainText;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClausesTest {

    private static Clauses.View view(String sentence) {
        PlainText text = Fixtures.plain(sentence);
        Sentence s = new SentenceSplitter().split(text).get(0);
        Dictionary d = Fixtures.otherConflicts();
        List<Mention> mentions = new EntityMatcher(d).find(text, List.of(s));
        ArticleRefs refs = new ArticleRefs(mentions, List.of(), new Actors(d));
        WordTokens t = WordTokens.of(text.text(), s.start(), s.end());
        return Clauses.View.of(s, t, 0, QuoteSpans.find(text.text(), s.start(), s.end()), refs);
    }

    private static String words(Clauses.View v, Clauses.Span span) {
        if (span == null) {
            return null;
        }
        return v.tokens().text().substring(v.tokens().start(span.from()), v.tokens().end(span.to() - 1));
    }

    private static int tokenOf(Clauses.View v, String word) {
        for (int k = 0; k < v.tokens().size(); k++) {
            if (v.tokens().word(k).equals(word)) {
                return k;
            }
        }
        throw new AssertionError(word);
    }

    @Test
    void theSubjectBeforeASpeechVerbSkipsAdverbsDatesAndAsides() {
        Clauses.View v = view("Kremlin spokesman Dmitry Peskov on Wednesday also said it was over.");
        assertThat(words(v, Clauses.subjectBefore(v, tokenOf(v, "said")))).isEqualTo("Kremlin spokesman Dmitry Peskov");

        Clauses.View w = view("Geir Pedersen, the UN special envoy for Syria, told a briefing it was over.");
        assertThat(words(w, Clauses.subjectBefore(w, tokenOf(w, "told")))).isEqualTo("Geir Pedersen");

        Clauses.View x = view("The report, which said nothing, was ignored.");
        assertThat(Clauses.subjectBefore(x, tokenOf(x, "said"))).isNull();
    }

    @Test
    void anInvertedVerbTakesTheNameAfterIt() {
        Clauses.View v = view("“We will solve them together,” added Sergei Lavrov.");

        assertThat(words(v, Clauses.subjectAfterInverted(v, tokenOf(v, "added")))).isEqualTo("Sergei Lavrov");
    }

    @Test
    void theAttributionAfterAClosingMark() {
        Clauses.View v = view("“It is over,” the Russian Defence Ministry said in a statement.");
        int after = v.tokens().indexAt(v.tokens().text().indexOf('”') + 1);

        Clauses.Attribution a = Clauses.attributionAfter(v, after);
        assertThat(words(v, a.subject())).isEqualTo("the Russian Defence Ministry");
        assertThat(v.tokens().word(a.verb())).isEqualTo("said");
    }

    @Test
    void theMainSubjectComesAfterOpenersDatesAndIntroductoryClauses() {
        Clauses.View v = view("However, on the same day, Sergei Lavrov also said no.");
        assertThat(words(v, Clauses.mainSubject(v))).isEqualTo("Sergei Lavrov");

        Clauses.View w = view("Last week Zelensky named Moscow.");
        assertThat(words(w, Clauses.mainSubject(w))).isEqualTo("Zelensky");

        Clauses.View x = view("Speaking to reporters in Moscow on Wednesday, Kremlin spokesman Peskov said no.");
        assertThat(words(x, Clauses.mainSubject(x))).isEqualTo("Kremlin spokesman Peskov");

        Clauses.View y = view("“We will discuss everything,” he said, adding more.");
        assertThat(words(y, Clauses.mainSubject(y))).isEqualTo("he");
    }

    @Test
    void wordsInsideQuotationMarksAreNeverSubjects() {
        Clauses.View v = view("“Sergei Lavrov said so,” it was reported.");

        assertThat(Clauses.isSpeechVerb(v, tokenOf(v, "said"))).isFalse();
        assertThat(Clauses.isSpeechVerb(v, tokenOf(v, "reported"))).isTrue();
    }
}
