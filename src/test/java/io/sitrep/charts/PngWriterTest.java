package io.sitrep.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

class PngWriterTest {

    private static JFreeChart chart() {
        var briefing = Fixtures.crisis();
        return new CoverageChart(Fixtures.context(briefing)).plan(briefing).get(0).draw();
    }

    @Test
    void drawsAtTwiceTheChartSize() throws Exception {
        byte[] png = new PngWriter().write(chart(), 480, 300);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(960);
        assertThat(image.getHeight()).isEqualTo(600);
        assertThat(image.getRGB(1, 1) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void sameChartGivesTheSameBytes() {
        assertThat(new PngWriter().write(chart(), 480, 300)).isEqualTo(new PngWriter().write(chart(), 480, 300));
    }

    @Test
    void writesNoTimeStamp() {
        String chunks = new String(new PngWriter().write(chart(), 480, 300), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(chunks).doesNotContain("tIME");
    }
}
