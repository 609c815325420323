package io.sitrep.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteSpansTest {

    private static List<String> quoted(String s) {
        return QuoteSpans.find(s, 0, s.length()).stream().map(q -> s.substring(q.start(), q.end())).toList();
    }

    @Test
    void findsCurlyAndStraightDoubleQuotes() {
        assertThat(quoted("“We will not,” he said, calling it a \"bloodbath\".")).containsExactly("We will not,", "bloodbath");
    }

    @Test
    void singleQuotesAreToldFromApostrophes() {
        String s = "‘We won’t leave the soldiers’ posts,’ the minister said of Turkey’s ‘red line’.";

        assertThat(quoted(s)).containsExactly("We won’t leave the soldiers’ posts,", "red line");
    }

    @Test
    void aQuotationOpenAtTheEndRunsOnAndIsNotClosed() {
        String s = "“An Idlib operation is only a matter of time. We will not leave.";
        List<QuoteSpans.Span> spans = QuoteSpans.find(s, 0, s.length());

        assertThat(spans).hasSize(1);
        assertThat(spans.get(0).closed()).isFalse();
        assertThat(spans.get(0).outerEnd()).isEqualTo(s.length());
    }

    @Test
    void aClosingMarkWithNoOpeningClosesAQuotationFromTheBlockStart() {
        String s = "The two countries should continue. We will solve them together,” added Çavuşoğlu.";
        List<QuoteSpans.Span> spans = QuoteSpans.find(s, 0, s.length());

        assertThat(spans).hasSize(1);
        assertThat(spans.get(0).open()).isEqualTo(-1);
        assertThat(s.substring(spans.get(0).start(), spans.get(0).end())).startsWith("The two countries");
    }

    @Test
    void aStraightQuoteInsideAWordDoesNotOpen() {
        assertThat(quoted("a 5'11\" man")).isEmpty();
    }
}
