package io.sitrep.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {

    private static BufferedImage picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0x00, 0x72, 0xb2));
        g.fillOval(width / 5, height / 4, width / 2, height / 2);
        g.setColor(new Color(0xd5, 0x5e, 0x00));
        g.drawLine(0, height - 1, width - 1, 0);
        g.dispose();
        return image;
    }

    @Test
    void decodesToTheSamePixels() throws Exception {
        BufferedImage image = picture(301, 97);
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) { // every channel value, not only the picture's few colours
            image.setRGB(random.nextInt(301), random.nextInt(97), random.nextInt(1 << 24));
        }
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(image)));
        assertThat(decoded.getWidth()).isEqualTo(301);
        assertThat(decoded.getHeight()).isEqualTo(97);
        assertThat(decoded.getRGB(0, 0, 301, 97, null, 0, 301)).isEqualTo(image.getRGB(0, 0, 301, 97, null, 0, 301));
    }

    @Test
    void writesOnlyTheCriticalChunksEachWithItsCrc() {
        byte[] png = PngEncoder.encode(picture(40, 30));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        List<String> types = new ArrayList<>();
        ByteBuffer in = ByteBuffer.wrap(png, 8, png.length - 8);
        while (in.hasRemaining()) {
            int length = in.getInt();
            byte[] typeAndData = new byte[4 + length];
            in.get(typeAndData);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            assertThat(in.getInt()).isEqualTo((int) crc.getValue());
            types.add(new String(typeAndData, 0, 4, StandardCharsets.US_ASCII));
        }
        assertThat(types).containsExactly("IHDR", "IDAT", "IEND");
    }

    @Test
    void theSameImageGivesTheSameBytes() {
        assertThat(PngEncoder.encode(picture(120, 80))).isEqualTo(PngEncoder.encode(picture(120, 80)));
    }

    @Test
    void refusesImagesOfOtherTypes() {
        assertThatThrownBy(() -> PngEncoder.encode(new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
