package io.sitrep.content;

import java.util.HexFormat;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * The key a file's bytes are looked up by in caches: a 128-bit MurmurHash3 x64-128
 * (commons-codec), as for page keys and build inputs. Every build computes it for every
 * article, so it must be cheap: under C1 (the launcher's compiler) SHA-256 has no intrinsic and
 * was 3 % of a one-article rebuild's CPU at 10,000 articles; SHA-256 is now computed only for
 * files the cache does not know. Two different files share a key by accident with odds of
 * about 2^-128; it is not a cryptographic hash (see {@code PageKeys}).
 */
public final class ContentKey {

    private ContentKey() {
    }

    /** "m3:" and 32 hex digits. */
    public static String of(byte[] bytes) {
        long[] h = MurmurHash3.hash128x64(bytes, 0, bytes.length, 0);
        HexFormat hex = HexFormat.of();
        return "m3:" + hex.toHexDigits(h[0]) + hex.toHexDigits(h[1]);
    }
}
