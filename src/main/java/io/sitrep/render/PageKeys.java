package io.sitrep.render;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The key of a page: a digest of its template (with what it imports) and of its whole model,
 * so a page whose key did not change since the previous build would render to the same bytes
 * and need not be rendered. Models are records of strings, numbers and lists, written as JSON
 * straight into the digest.
 */
final class PageKeys {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private PageKeys() {
    }

    static String of(String templateFingerprint, Object model) {
        MessageDigest md = sha256();
        md.update(templateFingerprint.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        JSON.writeValue(new DigestSink(md), model);
        return HexFormat.of().formatHex(md.digest());
    }

    static String of(String... parts) {
        MessageDigest md = sha256();
        for (String p : parts) {
            md.update(String.valueOf(p).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Feeds the bytes written to it into a digest, keeping none. */
    private static final class DigestSink extends OutputStream {
        private final MessageDigest md;

        DigestSink(MessageDigest md) {
            this.md = md;
        }

        @Override
        public void write(int b) {
            md.update((byte) b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            md.update(b, off, len);
        }

        @Override
        public void close() {
            // nothing to release
        }
    }
}
