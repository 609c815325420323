package io.sitrep.render.pdf;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.Shape;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Draws charts that draw themselves ({@link PdfChart.Drawing}) straight onto the PDF page as
 * vectors: each slot gets an {@code <object>} that openhtmltopdf lays out like an image (so it
 * is tagged as a Figure with the chart's alt text) and paints by handing this drawer a
 * Graphics2D that writes PDF. No SVG is written, parsed or built on the way, which is what the
 * SVG route spent most of the PDF's time on.
 */
final class ChartObjects implements FSObjectDrawer {

    /** The {@code type} of the {@code <object>} elements this drawer paints. */
    static final String TYPE = "application/x-sitrep-chart";
    private static final String SLOT = "data-chart-slot";

    private final Map<String, PdfChart.Drawing> drawingBySlot;

    ChartObjects(Map<String, PdfChart.Drawing> drawingBySlot) {
        this.drawingBySlot = Map.copyOf(drawingBySlot);
    }

    /** The factory openhtmltopdf asks for the drawer of each {@code <object>}. */
    DefaultObjectDrawerFactory factory() {
        DefaultObjectDrawerFactory factory = new DefaultObjectDrawerFactory();
        factory.registerDrawer(TYPE, this);
        return factory;
    }

    /** The element that stands for a drawing in the page: printed at {@code widthMm × heightMm}. */
    static Element element(Document dom, String slot, String altText, double widthMm, double heightMm) {
        Element object = dom.createElement("object");
        object.setAttribute("type", TYPE);
        object.setAttribute(SLOT, slot);
        object.setAttribute("alt", altText);
        object.setAttribute("style", String.format(Locale.ROOT, "display: inline-block; width: %.1fmm; height: %.1fmm",
                widthMm, heightMm));
        return object;
    }

    @Override
    public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height,
                                         OutputDevice outputDevice, RenderingContext ctx, int dotsPerPixel) {
        PdfChart.Drawing drawing = drawingBySlot.get(e.getAttribute(SLOT));
        if (drawing == null) {
            return null;
        }
        float w = (float) (width / dotsPerPixel);
        float h = (float) (height / dotsPerPixel);
        outputDevice.drawWithGraphics((float) x, (float) y, w, h, graphics -> {
            graphics.scale(w / drawing.width(), h / drawing.height());
            drawing.draw(graphics);
        });
        return null; // no links inside a chart
    }
}
