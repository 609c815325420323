package io.sitrep.analysis;

/**
 * A name found in the text but not in the dictionary, with the cue that suggests it
 * ("President", "told reporters").
 *
 * @param type the type the cue suggests
 */
public record UnconfirmedName(String name, EntityType type, String cue, int sentence, int start, int end) {
}
