package io.sitrep.charts;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Draws a chart as SVG with Batik's SVGGraphics2D (Apache-2.0), then makes the document fit
 * the site: {@code viewBox} and {@code width="100%"} so it scales, no fixed height, a
 * {@code <title>} and {@code <desc>} for assistive technology, every {@code id} prefixed with
 * the chart's id so several charts can be inlined in one page, no generator comment, no XML
 * prolog, and a font-family list with fallbacks of similar width. Text stays text.
 */
final class SvgWriter {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    /**
     * Made once: finding the factory and making a parser per chart was a fifth of the SVG time
     * in a small build. The JDK's DOM implementation keeps no state between documents, so one
     * is shared by the threads that draw.
     */
    private final DOMImplementation dom = domImplementation();

    String write(JFreeChart chart, String id, int width, int height, String title, String description) {
        Document document = dom.createDocument(SVG_NS, "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment(null);
        context.setPrecision(2);
        context.setEmbeddedFontsOn(false);
        context.setIDGenerator(new PrefixedIds(id));
        SVGGraphics2D graphics = new SVGGraphics2D(context, false);
        graphics.setSVGCanvasSize(new Dimension(width, height));
        chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
        Element root = graphics.getRoot();
        fitToPage(root, id, width, height, title, description);
        prefixForeignIds(root, id);
        StringWriter out = new StringWriter();
        try {
            graphics.stream(root, out, true, false);
        } catch (SVGGraphics2DIOException e) {
            throw new UncheckedIOException(new java.io.IOException(e.getMessage(), e));
        } finally {
            graphics.dispose();
        }
        return finish(out.toString());
    }

    private static DOMImplementation domImplementation() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().getDOMImplementation();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser is not configured", e);
        }
    }

    private static void fitToPage(Element root, String id, int width, int height, String title, String description) {
        root.removeAttribute("height");
        root.setAttribute("width", "100%");
        root.setAttribute("viewBox", "0 0 " + width + " " + height);
        root.setAttribute("role", "img");
        root.setAttribute("aria-labelledby", id + "-title " + id + "-desc");
        Document document = root.getOwnerDocument();
        Element desc = document.createElementNS(SVG_NS, "desc");
        desc.setAttribute("id", id + "-desc");
        desc.setTextContent(description);
        Element titleElement = document.createElementNS(SVG_NS, "title");
        titleElement.setAttribute("id", id + "-title");
        titleElement.setTextContent(title);
        root.insertBefore(desc, root.getFirstChild());
        root.insertBefore(titleElement, desc);
    }

    /**
     * Batik gives a few elements fixed ids ("genericDefs"); two inlined charts would then share
     * them. Prefix every id that lacks the chart's prefix and rewrite references to it.
     */
    private static void prefixForeignIds(Element root, String prefix) {
        Map<String, String> renamed = new LinkedHashMap<>();
        // A list taken once: Xerces' live getElementsByTagName list walks the tree again from
        // the start after every change, which made this quadratic (a third of the chart stage).
        List<Element> all = new ArrayList<>();
        descendants(root, all);
        for (Element element : all) {
            String id = element.getAttribute("id");
            if (!id.isEmpty() && !id.startsWith(prefix + "-")) {
                renamed.put(id, prefix + "-" + id);
                element.setAttribute("id", prefix + "-" + id);
            }
        }
        if (renamed.isEmpty()) {
            return;
        }
        for (Element element : all) {
            NamedNodeMap attributes = element.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                Node attribute = attributes.item(a);
                String value = attribute.getNodeValue();
                for (Map.Entry<String, String> entry : renamed.entrySet()) {
                    value = value.replace("#" + entry.getKey() + ")", "#" + entry.getValue() + ")");
                    if (value.equals("#" + entry.getKey())) {
                        value = "#" + entry.getValue();
                    }
                }
                attribute.setNodeValue(value);
            }
        }
    }

    /** The element's descendants in document order, as {@code getElementsByTagName("*")} lists them. */
    private static void descendants(Element element, List<Element> into) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                into.add(e);
                descendants(e, into);
            }
        }
    }

    private static String finish(String streamed) {
        String svg = streamed.replace("\r\n", "\n");
        int start = svg.indexOf("<svg");
        svg = svg.substring(start).strip();
        if (svg.endsWith("</svg\n>")) {
            svg = svg.substring(0, svg.length() - "</svg\n>".length()) + "</svg>";
        }
        svg = svg.replace("font-family:'DejaVu Sans'", "font-family:" + HouseStyle.CSS_FONT_FAMILY)
                .replace("font-family:'Dialog'", "font-family:" + HouseStyle.CSS_FONT_FAMILY);
        return svg + "\n";
    }

    /** Batik's id generator (a counter per prefix, so deterministic) with the chart's id in front. */
    private static final class PrefixedIds extends SVGIDGenerator {
        private final String prefix;

        PrefixedIds(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public String generateID(String kind) {
            return prefix + "-" + super.generateID(kind);
        }
    }
}
