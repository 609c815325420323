package io.sitrep.render.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.util.ParsedURL;
import org.apache.batik.util.XMLResourceDescriptor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.svg.SVGDocument;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Checks each chart's pictures before they reach the PDF renderer and picks the one to print:
 * the chart's own drawing when it has one (vectors drawn straight onto the page, no SVG parsed),
 * else the SVG when it parses and Batik can build it (vector, sharp at any size), else the PNG
 * when it decodes, else none (the caption is printed alone with a note). A broken chart thus
 * never breaks the briefing.
 */
final class ChartPictures {

    static final String SVG_NS = "http://www.w3.org/2000/svg";
    /** Printed width of a chart; its height follows the picture's aspect ratio. */
    static final double WIDTH_MM = 165;
    /**
     * Charts taller than this are scaled down, so that two charts with their captions share an
     * A4 page (255 mm of text height) instead of one chart and a blank half page.
     */
    static final double MAX_HEIGHT_MM = 100;
    /**
     * Above this size a chart prints from its PNG: Batik holds a vector drawing many times its
     * text in memory, and a chart of thousands of marks drove the PDF out of memory.
     */
    static final int MAX_SVG_CHARS = 512 * 1024;

    /**
     * The charts ready to print, the SVG elements and the drawings by slot name, and what went
     * wrong with which chart.
     */
    record Prepared(List<PrintModel.PrintChart> charts, Map<String, Element> svgBySlot,
                    Map<String, PdfChart.Drawing> drawingBySlot, List<String> problems) {
    }

    Prepared prepare(List<PdfChart> charts) {
        List<PrintModel.PrintChart> out = new ArrayList<>();
        Map<String, Element> svgs = new LinkedHashMap<>();
        Map<String, PdfChart.Drawing> drawings = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (PdfChart c : charts) {
            String label = "figure " + c.number() + " (" + c.title() + ")";
            if (c.drawing() != null && c.drawing().width() > 0 && c.drawing().height() > 0) {
                String slot = "chart-" + c.number();
                double[] size = fit(new double[] {c.drawing().width(), c.drawing().height()});
                drawings.put(slot, c.drawing());
                out.add(new PrintModel.PrintChart(c.number(), c.title(), c.caption(), c.altText(), slot, null, size[0], size[1]));
                continue;
            }
            Element svg = null;
            String svgProblem = null;
            if (c.svg() != null && c.svg().length() > MAX_SVG_CHARS && c.png() != null && c.png().length > 0) {
                svgProblem = "the SVG is too large to print as vectors (" + c.svg().length() / 1024 + " KiB)";
            } else if (c.svg() != null && !c.svg().isBlank()) {
                try {
                    svg = checkedSvg(c.svg());
                } catch (BadPicture e) {
                    svgProblem = e.getMessage();
                }
            }
            if (svg != null) {
                String slot = "chart-" + c.number();
                double[] size = fit(viewBox(svg));
                svg.setAttribute("style", String.format(Locale.ROOT, "width: %.1fmm; height: %.1fmm", size[0], size[1]));
                svg.setAttribute("alt", c.altText());
                svgs.put(slot, svg);
                out.add(new PrintModel.PrintChart(c.number(), c.title(), c.caption(), c.altText(), slot, null, size[0], size[1]));
                continue;
            }
            String png = null;
            double[] size = {0, 0};
            String pngProblem = null;
            if (c.png() != null && c.png().length > 0) {
                try {
                    BufferedImage image = ImageIO.read(new ByteArrayInputStream(c.png()));
                    if (image == null || image.getWidth() == 0 || image.getHeight() == 0) {
                        pngProblem = "the PNG cannot be decoded";
                    } else {
                        png = "data:image/png;base64," + Base64.getEncoder().encodeToString(c.png());
                        size = fit(new double[] {image.getWidth(), image.getHeight()});
                    }
                } catch (IOException | RuntimeException e) {
                    pngProblem = "the PNG cannot be decoded: " + e.getMessage();
                }
            }
            if (svgProblem != null) {
                problems.add(label + ": " + svgProblem + (png != null ? "; printed from the PNG" : ""));
            }
            if (pngProblem != null) {
                problems.add(label + ": " + pngProblem);
            }
            if (png == null) {
                problems.add(label + ": no usable picture; only its caption is printed");
            }
            out.add(new PrintModel.PrintChart(c.number(), c.title(), c.caption(), c.altText(), null, png, size[0], size[1]));
        }
        return new Prepared(out, svgs, drawings, problems);
    }

    /**
     * A PNG of a drawing at twice its size, for the rare briefing whose vector charts failed to
     * print; null when it cannot be drawn either.
     */
    static byte[] raster(PdfChart.Drawing drawing) {
        try {
            BufferedImage image = new BufferedImage(drawing.width() * 2, drawing.height() * 2, BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            try {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
                g.scale(2, 2);
                drawing.draw(g);
            } finally {
                g.dispose();
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Parses the SVG without fetching anything, and has Batik build it so it will render. */
    static Element checkedSvg(String svg) throws BadPicture {
        Document doc;
        try {
            doc = secureBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (SAXException | IOException e) {
            throw new BadPicture("the SVG is not well-formed: " + e.getMessage());
        }
        Element root = doc.getDocumentElement();
        if (!"svg".equals(root.getLocalName()) || !SVG_NS.equals(root.getNamespaceURI())) {
            throw new BadPicture("the SVG's root is not an <svg> element in the SVG namespace");
        }
        if (!root.hasAttribute("viewBox")) {
            double w = length(root.getAttribute("width"));
            double h = length(root.getAttribute("height"));
            if (w <= 0 || h <= 0) {
                throw new BadPicture("the SVG has neither a viewBox nor a width and height");
            }
            root.setAttribute("viewBox", String.format(Locale.ROOT, "0 0 %s %s", trim(w), trim(h)));
        }
        try {
            buildWithBatik(serialize(doc));
        } catch (RuntimeException | IOException | TransformerException e) {
            throw new BadPicture("the SVG cannot be drawn: " + e.getMessage());
        }
        return root;
    }

    private static void buildWithBatik(String svg) throws IOException {
        SAXSVGDocumentFactory factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
        SVGDocument doc = factory.createSVGDocument("file:///chart.svg", new StringReader(svg));
        UserAgentAdapter agent = new UserAgentAdapter() {
            @Override
            public void checkLoadExternalResource(ParsedURL resourceURL, ParsedURL docURL) {
                throw new SecurityException("the chart refers to an outside resource: " + resourceURL);
            }
        };
        BridgeContext ctx = new BridgeContext(agent, new DocumentLoader(agent));
        try {
            new GVTBuilder().build(ctx, doc);
        } finally {
            ctx.dispose();
        }
    }

    private static DocumentBuilder secureBuilder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String serialize(Document doc) throws TransformerException {
        var t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        StringWriter w = new StringWriter();
        t.transform(new DOMSource(doc), new StreamResult(w));
        return w.toString();
    }

    /** The viewBox's width and height (every checked SVG has one). */
    private static double[] viewBox(Element svg) {
        String[] parts = svg.getAttribute("viewBox").trim().split("[\\s,]+");
        if (parts.length == 4) {
            try {
                return new double[] {Double.parseDouble(parts[2]), Double.parseDouble(parts[3])};
            } catch (NumberFormatException e) {
                // fall through to a default shape
            }
        }
        return new double[] {16, 9};
    }

    /** The printed size in millimetres: {@link #WIDTH_MM} wide, at most {@link #MAX_HEIGHT_MM} high. */
    static double[] fit(double[] size) {
        double w = size[0] > 0 ? size[0] : 16;
        double h = size[1] > 0 ? size[1] : 9;
        double width = WIDTH_MM;
        double height = WIDTH_MM * h / w;
        if (height > MAX_HEIGHT_MM) {
            width = width * MAX_HEIGHT_MM / height;
            height = MAX_HEIGHT_MM;
        }
        return new double[] {width, height};
    }

    private static double length(String value) {
        String v = value == null ? "" : value.trim().replaceAll("(px|pt)$", "");
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** A chart picture that cannot be printed, with the reason. */
    static final class BadPicture extends Exception {
        BadPicture(String message) {
            super(message);
        }
    }
}
