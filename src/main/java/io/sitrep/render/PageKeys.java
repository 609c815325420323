package io.sitrep.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.commons.codec.digest.MurmurHash3;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The key of a page: a hash of its template (with what it imports) and of its whole model, so a
 * page whose key did not change since the previous build would render to the same bytes and
 * need not be rendered. Models are records of strings, numbers and lists, written as JSON.
 *
 * <p>A key decides without comparing bytes, so it has 128 bits: MurmurHash3 x64-128 (commons-codec).
 * Under C1, the launcher's compiler, it hashed the 523 MB of a 10,000-article site in 0.56 s of
 * thread CPU where SHA-256 (no C1 intrinsic) took 3.8 s; the digest was half of the page keys'
 * cost in a one-article rebuild. Two
 * different models share a key by accident with odds of about 2^-128. It is not a cryptographic
 * hash: someone who writes two versions of the content on purpose to collide could at most
 * keep the earlier page, which sitrep itself rendered from the earlier content.
 */
final class PageKeys {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private PageKeys() {
    }

    static String of(String templateFingerprint, Object model) {
        Buffer buffer = new Buffer();
        buffer.writeBytes(templateFingerprint.getBytes(StandardCharsets.UTF_8));
        buffer.write(0);
        JSON.writeValue(buffer, model);
        long[] hash = MurmurHash3.hash128x64(buffer.bytes(), 0, buffer.size(), 0);
        HexFormat hex = HexFormat.of();
        return "m3:" + hex.toHexDigits(hash[0]) + hex.toHexDigits(hash[1]);
    }

    /** A SHA-256 of a few short texts (templates and their fingerprints). */
    static String of(String... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String p : parts) {
                md.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The written bytes without the copy {@link #toByteArray()} makes. */
    private static final class Buffer extends ByteArrayOutputStream {
        Buffer() {
            super(4096);
        }

        byte[] bytes() {
            return buf;
        }
    }
}
