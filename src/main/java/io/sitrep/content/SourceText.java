package io.sitrep.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Decodes an article's bytes as strict UTF-8, telling binary files and other encodings apart. */
final class SourceText {

    /** Git's rule: a NUL byte in the first 8000 bytes means binary. */
    private static final int BINARY_PROBE = 8000;

    private SourceText() {
    }

    /** The text, or null after adding a problem that says where decoding failed. */
    static String decode(String file, byte[] bytes, List<Problem> problems) {
        for (int i = 0; i < Math.min(bytes.length, BINARY_PROBE); i++) {
            if (bytes[i] == 0) {
                problems.add(new Problem(file, 1, 1, "is a binary file, not a Markdown article",
                        "move it out of content/articles/, or give it another extension than .md"));
                return null;
            }
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text; // malformed input would have been replaced by U+FFFD: these bytes are valid UTF-8
        }
        // Find where it breaks (or accept a file that really holds U+FFFD) with a strict decoder.
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int bad = in.position();
            out.flip();
            SourcePosition pos = SourcePosition.of(out, out.length());
            problems.add(Problem.at(file, pos, "is not UTF-8 (byte 0x" + String.format("%02X", bytes[bad] & 0xff)
                    + " at byte offset " + bad + ")",
                    "save the file as UTF-8 (in most editors: Save with encoding, UTF-8)"));
            return null;
        }
        out.flip();
        return out.toString();
    }
}
