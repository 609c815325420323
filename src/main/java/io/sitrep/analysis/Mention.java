package io.sitrep.analysis;

/**
 * A mention of a dictionary entity at plain-text {@code [start, end)} of sentence
 * {@code sentence}, written as {@code surface}.
 */
public record Mention(String entity, int start, int end, String surface, int sentence) {
}
