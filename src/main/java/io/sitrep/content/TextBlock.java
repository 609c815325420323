package io.sitrep.content;

/** One block of an article's plain text: {@code [start, end)} in plain-text offsets. */
public record TextBlock(BlockKind kind, int start, int end) {
}
