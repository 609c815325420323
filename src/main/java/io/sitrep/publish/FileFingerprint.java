package io.sitrep.publish;

import java.util.zip.CRC32C;

/**
 * The manifest's record of a file's bytes: its length and CRC-32C, as {@code crc32c:LENGTH:HEX}.
 *
 * <p>It is only a filter: a file whose fingerprint matches the previous build's is compared byte
 * by byte before it is left in place ({@link StagedSite#write}), so a collision costs one
 * comparison and can never keep wrong bytes. That is why a checksum suffices here, where a page
 * key (which decides without comparing) needs a strong hash. CRC-32C is a JDK intrinsic even
 * under C1 (the launcher's compiler): the 523 MB of a 10,000-article site take 0.06 s of thread
 * CPU, where SHA-256 took 3.8 s. Manifests of earlier versions hold SHA-256 hex strings; {@link #isLegacy}
 * tells them apart so their files are compared by bytes once instead of rewritten.
 */
final class FileFingerprint {

    private static final String PREFIX = "crc32c:";

    private FileFingerprint() {
    }

    static String of(byte[] content) {
        return of(java.util.List.of(content));
    }

    /** The fingerprint of the bytes of {@code parts} one after another. */
    static String of(java.util.List<byte[]> parts) {
        CRC32C crc = new CRC32C();
        long length = 0;
        for (byte[] part : parts) {
            crc.update(part, 0, part.length);
            length += part.length;
        }
        return of(length, crc.getValue());
    }

    /** The fingerprint of {@code length} bytes whose CRC-32C is {@code crc}. */
    static String of(long length, long crc) {
        return PREFIX + length + ":" + String.format("%08x", crc);
    }

    /** A value written by an earlier sitrep (a SHA-256 of the bytes): not comparable, so compare the bytes. */
    static boolean isLegacy(String recorded) {
        return recorded != null && !recorded.startsWith(PREFIX);
    }
}
