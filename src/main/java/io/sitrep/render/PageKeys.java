package io.sitrep.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * The key of a page: a hash of its template (with what it imports) and of its whole model, so a
 * page whose key did not change since the previous build would render to the same bytes and
 * need not be rendered. Models are records of strings, numbers and lists, written as bytes by
 * {@link ModelBytes}.
 *
 * <p>A key decides without comparing bytes, so it has 128 bits: MurmurHash3 x64-128 (commons-codec).
 * Under C1, the launcher's compiler, it hashed 523 MB in 0.56 s of thread CPU where SHA-256 (no
 * C1 intrinsic) took 3.8 s. The models of a 10,000-article site are 28 MB of {@link ModelBytes}
 * (110 MB before references to articles were written as digests and lengths as varints). Two
 * different models share a key by accident with odds of about 2^-128. It is not a cryptographic
 * hash: someone who writes two versions of the content on purpose to collide could at most
 * keep the earlier page, which sitrep itself rendered from the earlier content.
 */
final class PageKeys {

    private PageKeys() {
    }

    static String of(String templateFingerprint, Object model) {
        return of(new ModelBytes(), templateFingerprint, model);
    }

    /**
     * As {@link #of(String, Object)}, writing the model into {@code scratch}, a buffer one thread
     * uses for page after page: a new one per page (8 KB, grown to the largest models) was 8 % of
     * what a one-article rebuild allocated at 10,000 articles.
     */
    static String of(ModelBytes scratch, String templateFingerprint, Object model) {
        ModelBytes bytes = scratch.write(templateFingerprint, model);
        long[] hash = digest(bytes.buffer(), bytes.size());
        HexFormat hex = HexFormat.of();
        return "m5:" + hex.toHexDigits(hash[0]) + hex.toHexDigits(hash[1]);
    }

    /** The 128 bits of the first {@code length} of {@code bytes} that keys are made of. */
    static long[] digest(byte[] bytes, int length) {
        return MurmurHash3.hash128x64(bytes, 0, length, 0);
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
}
