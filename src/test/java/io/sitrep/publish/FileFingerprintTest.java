package io.sitrep.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileFingerprintTest {

    @Test
    void recordsTheLengthAndTheCrc32cOfTheBytes() {
        // CRC-32C check value of "123456789" (RFC 3720, appendix B.4)
        assertThat(FileFingerprint.of("123456789".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("crc32c:9:e3069283");
        assertThat(FileFingerprint.of(new byte[0])).isEqualTo("crc32c:0:00000000");
    }

    @Test
    void differentBytesOfTheSameLengthDiffer() {
        assertThat(FileFingerprint.of("<p>a</p>".getBytes(StandardCharsets.UTF_8)))
                .isNotEqualTo(FileFingerprint.of("<p>b</p>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void tellsTheSha256OfEarlierManifestsApart() {
        assertThat(FileFingerprint.isLegacy("ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb")).isTrue();
        assertThat(FileFingerprint.isLegacy(FileFingerprint.of(new byte[] {1}))).isFalse();
        assertThat(FileFingerprint.isLegacy(null)).as("a new file").isFalse();
    }
}
