package io.sitrep.analysis;

import io.sitrep.content.Problem;
import java.nio.file.Path;
import java.util.List;

/** Reads {@code content/entities.yaml}; a missing file gives an empty dictionary. */
public final class DictionaryReader {

    public Dictionary read(Path file, String displayName, List<Problem> problems) {
        return Dictionary.empty(); // to be written (issue 3)
    }
}
