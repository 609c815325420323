package io.sitrep.analysis;

import io.sitrep.content.PlainText;
import java.time.LocalDate;
import java.util.List;

/** Finds date expressions and resolves them against the publication date. */
public final class DateFinder {

    public List<DateMention> find(PlainText text, List<Sentence> sentences, LocalDate published) {
        return List.of(); // to be written (issue 3)
    }
}
