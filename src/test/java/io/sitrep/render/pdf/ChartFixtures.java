package io.sitrep.render.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Chart pictures for the tests: good ones, drawn here, and broken ones. */
final class ChartFixtures {

    static final String BROKEN_SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><g><rect width=\"3\"";

    private ChartFixtures() {
    }

    /** A small bar chart as SVG, with a DOCTYPE as Batik's generator writes one, and text. */
    static String barsSvg() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.0//EN" "http://www.w3.org/TR/2001/REC-SVG-20010904/DTD/svg10.dtd">
                <svg xmlns="http://www.w3.org/2000/svg" width="640" height="320">
                  <rect x="0" y="0" width="640" height="320" fill="#ffffff"/>
                  <rect x="60" y="200" width="80" height="100" fill="#1f77b4"/>
                  <rect x="200" y="120" width="80" height="180" fill="#1f77b4"/>
                  <rect x="340" y="40" width="80" height="260" fill="#d62728"/>
                  <line x1="40" y1="300" x2="620" y2="300" stroke="#000000" stroke-width="2"/>
                  <text x="60" y="30" font-family="DejaVu Sans" font-size="18">Turkish soldiers killed</text>
                </svg>
                """;
    }

    /** A PNG of {@code width × height} pixels with a red bar, as a chart stage would draw at print resolution. */
    static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xd6, 0x27, 0x28));
        g.fillRect(width / 4, height / 3, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static PdfChart svgChart(int number) {
        return new PdfChart(number, "Turkish personnel killed, by report", "Reports by date and outlet; source: the articles.",
                "Bar chart: reports of Turkish personnel killed rose from 8 to 14 between 5 and 14 February.", barsSvg(), png(1200, 600));
    }

    /** A small bar chart that draws itself, with a title drawn as text in the shipped font. */
    static PdfChart.Drawing barsDrawing(String key) {
        return new PdfChart.Drawing() {
            @Override
            public int width() {
                return 640;
            }

            @Override
            public int height() {
                return 320;
            }

            @Override
            public String key() {
                return key;
            }

            @Override
            public void draw(Graphics2D g) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, 640, 320);
                g.setColor(new Color(0x1f, 0x77, 0xb4));
                g.fillRect(60, 200, 80, 100);
                g.fillRect(200, 120, 80, 180);
                g.setColor(Color.BLACK);
                g.setFont(new java.awt.Font("DejaVu Sans", java.awt.Font.PLAIN, 18));
                g.drawString("Soldiers killed by report", 60, 30);
            }
        };
    }

    /** A chart that fails whenever it is drawn. */
    static PdfChart.Drawing failingDrawing() {
        return new PdfChart.Drawing() {
            @Override
            public int width() {
                return 640;
            }

            @Override
            public int height() {
                return 320;
            }

            @Override
            public String key() {
                return "failing";
            }

            @Override
            public void draw(Graphics2D g) {
                throw new IllegalStateException("this chart cannot be drawn");
            }
        };
    }

    static PdfChart drawnChart(int number) {
        return new PdfChart(number, "Soldiers killed, by report", "Reports by date and outlet.",
                "Bar chart: reports of soldiers killed rose from 8 to 14.", null, null, barsDrawing("bars-1"));
    }

    static PdfChart pngChart(int number) {
        return new PdfChart(number, "People displaced", "Only a PNG was drawn for this one.",
                "Bar chart of people displaced.", null, png(1600, 900));
    }
}
