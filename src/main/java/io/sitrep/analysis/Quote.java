package io.sitrep.analysis;

/**
 * A quotation and who said it.
 *
 * @param speaker  the entity id of the speaker, or null when the speaker is not in the
 *                 dictionary
 * @param speakerName the speaker's name (the entity's canonical name, or as written)
 * @param text     the quoted words, without the quotation marks
 * @param fragment true for a phrase woven into the reporter's sentence
 * @param sentence index of the (first) sentence the quotation is in
 * @param start    plain-text offset of the quoted words
 * @param end      plain-text offset just past them
 */
public record Quote(String speaker, String speakerName, String text, boolean fragment,
                    int sentence, int start, int end) {
}
