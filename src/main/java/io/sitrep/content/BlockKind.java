package io.sitrep.content;

/** The kind of Markdown block a run of plain text comes from. */
public enum BlockKind {
    PARAGRAPH, HEADING, BLOCK_QUOTE, LIST_ITEM, TABLE_CELL
}
