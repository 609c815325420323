package io.sitrep.charts;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.jfree.chart.JFreeChart;

/**
 * Draws a chart into an opaque RGB image at {@link Chart#PNG_SCALE} times its size and encodes
 * it with {@link PngEncoder}, which writes no time stamp: same chart, same bytes.
 */
final class PngWriter {

    byte[] write(JFreeChart chart, int width, int height) {
        int scale = Chart.PNG_SCALE;
        BufferedImage image = new BufferedImage(width * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.scale(scale, scale);
            chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        return PngEncoder.encode(image);
    }
}
