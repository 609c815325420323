package io.sitrep.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class ChartPicturesTest {

    private final ChartPictures pictures = new ChartPictures();

    @Test
    void prefersTheSvgAndGivesItAViewBoxSizeAndAltText() throws Exception {
        ChartPictures.Prepared p = pictures.prepare(List.of(ChartFixtures.svgChart(3)));
        assertThat(p.problems()).isEmpty();
        PrintModel.PrintChart c = p.charts().get(0);
        assertThat(c.svgSlot()).isEqualTo("chart-3");
        assertThat(c.pngDataUri()).isNull();
        Element svg = p.svgBySlot().get("chart-3");
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 640 320");
        assertThat(svg.getAttribute("alt")).startsWith("Bar chart: reports of Turkish personnel killed");
        assertThat(c.widthMm()).isEqualTo(ChartPictures.WIDTH_MM);
        assertThat(c.heightMm()).isEqualTo(ChartPictures.WIDTH_MM / 2);
    }

    @Test
    void prefersAChartsOwnDrawingToItsPictures() {
        PdfChart drawn = new PdfChart(4, "t", "c", "alt", ChartFixtures.barsSvg(), ChartFixtures.png(400, 200),
                ChartFixtures.barsDrawing("k"));
        ChartPictures.Prepared p = pictures.prepare(List.of(drawn));
        assertThat(p.problems()).isEmpty();
        assertThat(p.svgBySlot()).isEmpty();
        assertThat(p.drawingBySlot()).containsOnlyKeys("chart-4");
        PrintModel.PrintChart c = p.charts().get(0);
        assertThat(c.svgSlot()).isEqualTo("chart-4");
        assertThat(c.pngDataUri()).isNull();
        assertThat(c.widthMm()).isEqualTo(ChartPictures.WIDTH_MM);
        assertThat(c.heightMm()).isEqualTo(ChartPictures.WIDTH_MM / 2);
    }

    @Test
    void rastersADrawingForTheFallbackAndGivesUpOnOneThatFails() throws Exception {
        byte[] png = ChartPictures.raster(ChartFixtures.barsDrawing("k"));
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(640);
        assertThat(ChartPictures.raster(ChartFixtures.failingDrawing())).isNull();
    }

    @Test
    void fallsBackToThePngThenToTheCaptionAlone() {
        ChartPictures.Prepared p = pictures.prepare(List.of(
                new PdfChart(1, "a", "", "", ChartFixtures.BROKEN_SVG, ChartFixtures.png(400, 200)),
                new PdfChart(2, "b", "", "", ChartFixtures.BROKEN_SVG, new byte[] {9, 9})));
        assertThat(p.charts().get(0).pngDataUri()).startsWith("data:image/png;base64,");
        assertThat(p.charts().get(0).hasPicture()).isTrue();
        assertThat(p.charts().get(1).hasPicture()).isFalse();
        assertThat(p.charts().get(1).altText()).isEqualTo("b"); // the title stands in for missing alt text
        assertThat(p.problems()).hasSize(4);
    }

    @Test
    void aHugeSvgPrintsFromItsPng() {
        String huge = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 9 9\">"
                + "<path d=\"M 0 0 L 1 1\"/>".repeat(ChartPictures.MAX_SVG_CHARS / 20) + "</svg>";
        ChartPictures.Prepared p = pictures.prepare(List.of(new PdfChart(1, "a", "", "", huge, ChartFixtures.png(400, 200))));
        assertThat(p.charts().get(0).svgSlot()).isNull();
        assertThat(p.charts().get(0).pngDataUri()).startsWith("data:image/png;base64,");
        assertThat(p.problems()).singleElement().asString().contains("too large", "printed from the PNG");
    }

    @Test
    void refusesSvgThatIsNotSvgOrCannotBeDrawn() {
        assertThatThrownBy(() -> ChartPictures.checkedSvg("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>"))
                .hasMessageContaining("root is not an <svg>");
        assertThatThrownBy(() -> ChartPictures.checkedSvg("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"))
                .hasMessageContaining("neither a viewBox");
        assertThatThrownBy(() -> ChartPictures.checkedSvg(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 9 9\"><path d=\"M 0 0 Q\"/></svg>"))
                .hasMessageContaining("cannot be drawn");
        assertThatThrownBy(() -> ChartPictures.checkedSvg("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 9 9\">"
                + "<image href=\"file:///etc/passwd\" width=\"9\" height=\"9\"/></svg>"))
                .hasMessageContaining("cannot be drawn");
    }

    @Test
    void fitsTallChartsOnThePage() {
        double[] size = ChartPictures.fit(new double[] {100, 1000});
        assertThat(size[1]).isEqualTo(ChartPictures.MAX_HEIGHT_MM);
        assertThat(size[0]).isLessThan(ChartPictures.WIDTH_MM);
    }
}
