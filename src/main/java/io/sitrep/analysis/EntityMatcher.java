package io.sitrep.analysis;

import io.sitrep.content.PlainText;
import java.util.List;

/** Finds mentions of dictionary entities in an article's sentences. */
public final class EntityMatcher {

    private final Dictionary dictionary;

    public EntityMatcher(Dictionary dictionary) {
        this.dictionary = dictionary;
    }

    public List<Mention> find(PlainText text, List<Sentence> sentences) {
        return List.of(); // to be written (issue 3)
    }
}
