package io.sitrep.analysis;

import io.sitrep.content.PlainText;
import java.util.List;

/** Finds names that are not in the dictionary, from cues such as "President …" or "… told reporters". */
public final class NameSpotter {

    public List<UnconfirmedName> find(PlainText text, List<Sentence> sentences, List<Mention> known) {
        return List.of(); // to be written (issue 3)
    }
}
