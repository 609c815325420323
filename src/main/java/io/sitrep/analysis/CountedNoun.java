package io.sitrep.analysis;

/**
 * What an amount counts: the words after it up to and including the counted noun
 * ("eight [Turkish personnel]", "thousands of [civilians]", "54 [air and artillery strikes]"),
 * or how the noun is left out ("three more", "half of them", "wounding thousands").
 *
 * @param first     first token of the counted words (the first modifier), or -1
 * @param headFirst first token of the counted noun, or -1 when there is none
 * @param last      last token of the counted words, or of what stands for them ("them",
 *                  "more"); the token before the words when nothing is counted
 * @param head      what the noun is, or null when it is not in the rules (then measure other)
 * @param elision   how the noun is left out, when it is
 */
record CountedNoun(int first, int headFirst, int last, FigureLexicon.Head head, Elision elision) {

    enum Elision {
        /** A noun is there. */
        NONE,
        /** "half of them", "two of whom": the noun is a pronoun. */
        PRONOUN,
        /** "three more", "40 others": more of what the sentence already counts. */
        MORE,
        /** Nothing is counted ("displaced more than 800,000.", "the first 3 billion,"). */
        BARE
    }

    static CountedNoun elided(int last, Elision elision) {
        return new CountedNoun(-1, -1, last, null, elision);
    }

    boolean hasNoun() {
        return elision == Elision.NONE;
    }

    /** Whether the noun is one the rules know (a group or a measure noun). */
    boolean known() {
        return head != null;
    }
}
