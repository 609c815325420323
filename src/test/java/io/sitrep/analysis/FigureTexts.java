package io.sitrep.analysis;

import io.sitrep.content.BlockKind;
import io.sitrep.content.PlainText;
import io.sitrep.content.TextBlock;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Test helpers: plain text made of paragraphs, and figures written as short strings. */
final class FigureTexts {

    static final LocalDate PUBLISHED = LocalDate.of(2020, 2, 5);

    private FigureTexts() {
    }

    /** Paragraphs joined as PlainText joins blocks, with offsets that map to themselves. */
    static PlainText plain(String... paragraphs) {
        StringBuilder text = new StringBuilder();
        List<TextBlock> blocks = new ArrayList<>();
        for (String p : paragraphs) {
            if (text.length() > 0) {
                text.append("\n\n");
            }
            blocks.add(new TextBlock(BlockKind.PARAGRAPH, text.length(), text.length() + p.length()));
            text.append(p);
        }
        int[] offsets = new int[text.length() + 1];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = i;
        }
        return new PlainText(text.toString(), offsets, blocks);
    }

    /** The figures of the paragraphs, with no mentions and no dates. */
    static List<Figure> figures(FigureExtractor extractor, String... paragraphs) {
        PlainText text = plain(paragraphs);
        return extractor.find(text, new SentenceSplitter().split(text), List.of(), List.of(), PUBLISHED);
    }

    /** "killed 8 exact Turkey [Turkish personnel]"; a vague value prints as "null". */
    static String describe(Figure f) {
        String value = f.qualifier() == Qualifier.RANGE ? plainText(f.low()) + "-" + plainText(f.high())
                : plainText(f.value());
        return f.measure().id() + " " + value + " " + f.qualifier().id() + " " + f.actor() + " [" + f.group() + "]";
    }

    /** The figure with only the attributes the expectation checks. */
    static String describe(Figure f, RuleExample.Expected e) {
        StringBuilder s = new StringBuilder(f.measure().id()).append(' ').append(plainText(f.value()));
        if (e.qualifier() != null) {
            s.append(' ').append(f.qualifier().id());
        }
        if (e.low() != null || e.high() != null) {
            s.append(' ').append(plainText(f.low())).append('-').append(plainText(f.high()));
        }
        if (e.actor() != null) {
            s.append(" actor=").append(f.actor());
        }
        if (e.group() != null) {
            s.append(" group=").append(f.group());
        }
        return s.toString();
    }

    static String describe(RuleExample.Expected e) {
        StringBuilder s = new StringBuilder(e.measure().id()).append(' ').append(plainText(e.value()));
        if (e.qualifier() != null) {
            s.append(' ').append(e.qualifier().id());
        }
        if (e.low() != null || e.high() != null) {
            s.append(' ').append(plainText(e.low())).append('-').append(plainText(e.high()));
        }
        if (e.actor() != null) {
            s.append(" actor=").append(e.actor());
        }
        if (e.group() != null) {
            s.append(" group=").append(e.group());
        }
        return s.toString();
    }

    static String plainText(BigDecimal v) {
        return v == null ? "null" : Objects.requireNonNull(Amount.tidy(v)).toPlainString();
    }
}
