package io.sitrep.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import io.sitrep.aggregate.Briefing;
import io.sitrep.publish.SiteOutput;
import io.sitrep.render.RenderException;
import io.sitrep.render.Templates;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The printed briefing, {@code briefing.pdf}: the {@link Briefing} (and the charts, when there
 * are any) through the print template {@code templates/print/briefing.ftlh} into HTML, and
 * that HTML through openhtmltopdf into a tagged PDF (PDF/UA, PDF/A-3a) with the project's own
 * font embedded. The same input gives the same bytes: see {@link StablePdf}.
 */
public final class PdfBriefing {

    /** The file name in the site. */
    public static final String FILE = "briefing.pdf";
    /** The print template, relative to the templates folder. */
    public static final String TEMPLATE = "print/briefing.ftlh";

    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONT_DIR = "/io/sitrep/fonts/";

    static {
        // openhtmltopdf logs every step at INFO on stderr; its logger settings are global to the
        // library. Switched off here, its messages still reach the diagnostic consumer, and so
        // the warnings among them reach Rendered.notes().
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.OFF));
    }

    private final Templates templates;

    public PdfBriefing(Templates templates) {
        this.templates = templates;
    }

    /** A rendered briefing and what was left out of it or worth a look (never fatal). */
    public record Rendered(byte[] pdf, List<String> notes) {

        public Rendered {
            notes = List.copyOf(notes);
        }
    }

    /** Whether the templates folder has a print template; without one no PDF is made. */
    public boolean hasTemplate() {
        return Files.isRegularFile(templates.dir().resolve(TEMPLATE));
    }

    /** Writes {@value #FILE} into the site when the templates folder has a print template. */
    public void write(Briefing briefing, List<PdfChart> charts, SiteOutput out) throws RenderException, IOException {
        if (hasTemplate()) {
            Source source = source(briefing, charts);
            // The HTML and the charts are everything the PDF is made from: same digest, same PDF.
            if (!out.reuse(FILE, java.util.HexFormat.of().formatHex(source.fingerprint()))) {
                out.write(FILE, withFallback(briefing, charts, source).pdf());
            }
        }
    }

    /** Renders the briefing to PDF bytes. */
    public Rendered render(Briefing briefing, List<PdfChart> charts) throws RenderException, IOException {
        return withFallback(briefing, charts, source(briefing, charts));
    }

    /**
     * The SVG drawer can fail on a drawing that Batik itself accepts, and a chart could fail to
     * draw itself onto the PDF; the briefing must still print, so then every chart is printed
     * from its PNG (drawn here from the chart when it has none), and the notes say so.
     */
    private Rendered withFallback(Briefing briefing, List<PdfChart> charts, Source source)
            throws RenderException, IOException {
        try {
            return source.render();
        } catch (IOException vectorsFailed) {
            List<PdfChart> raster = charts.stream()
                    .map(c -> new PdfChart(c.number(), c.title(), c.caption(), c.altText(), null,
                            c.png() == null && c.drawing() != null ? ChartPictures.raster(c.drawing()) : c.png()))
                    .toList();
            Rendered r = source(briefing, raster).render();
            List<String> notes = new ArrayList<>(r.notes());
            notes.add(0, "charts printed from their PNG: " + vectorsFailed.getMessage().lines().findFirst().orElse(""));
            return new Rendered(r.pdf(), notes);
        }
    }

    private Source source(Briefing briefing, List<PdfChart> charts) throws RenderException {
        ChartPictures.Prepared pictures = new ChartPictures().prepare(charts);
        PrintModel model = new PrintModelBuilder().build(briefing, pictures.charts());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("b", model);
        String html = templates.render(TEMPLATE, data);
        return new Source(html, pictures, PrintModelBuilder.asOf(briefing), fingerprint(html, charts));
    }

    /** The print HTML and charts of a briefing, before the costly step to PDF. */
    private record Source(String html, ChartPictures.Prepared pictures, java.time.LocalDate asOf, byte[] fingerprint) {

        Rendered render() throws IOException {
            Document dom = new W3CDom().fromJsoup(Jsoup.parse(html));
            fillSlots(dom, pictures);
            List<String> notes = new ArrayList<>(pictures.problems());
            byte[] pdf = toPdf(dom, new ChartObjects(pictures.drawingBySlot()), notes,
                    StablePdf.forBriefing(asOf, fingerprint));
            return new Rendered(pdf, notes);
        }
    }

    /**
     * Puts each checked SVG, or the object that a drawing is painted into, into its slot; jsoup's
     * HTML parser would mangle SVG attribute case.
     */
    private static void fillSlots(Document dom, ChartPictures.Prepared pictures) {
        Map<String, PrintModel.PrintChart> chartBySlot = new java.util.HashMap<>();
        pictures.charts().stream().filter(c -> c.svgSlot() != null).forEach(c -> chartBySlot.put(c.svgSlot(), c));
        NodeList divs = dom.getElementsByTagName("div");
        List<Element> slots = new ArrayList<>();
        for (int i = 0; i < divs.getLength(); i++) {
            Element e = (Element) divs.item(i);
            if (e.hasAttribute("data-svg-slot")) {
                slots.add(e);
            }
        }
        for (Element slot : slots) {
            String name = slot.getAttribute("data-svg-slot");
            Element svg = pictures.svgBySlot().get(name);
            PrintModel.PrintChart chart = chartBySlot.get(name);
            if (svg != null) {
                slot.appendChild(dom.importNode(svg, true));
            } else if (pictures.drawingBySlot().containsKey(name) && chart != null) {
                slot.appendChild(ChartObjects.element(dom, name, chart.altText(), chart.widthMm(), chart.heightMm()));
            }
        }
    }

    private static byte[] toPdf(Document dom, ChartObjects charts, List<String> notes, StablePdf stable)
            throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfAConformance.PDFA_3_A);
        builder.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        builder.withProducer(StablePdf.PRODUCER);
        builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
        builder.useObjectDrawerFactory(charts.factory());
        // Nothing is fetched: the template inlines its stylesheet and charts come as data.
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withDiagnosticConsumer(d -> note(d, notes));
        builder.withW3cDocument(dom, "about:blank");
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            try (PDDocument doc = renderer.createPDFKeepOpen()) {
                stable.apply(doc);
                ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
                doc.save(out);
                return out.toByteArray();
            }
        } catch (RuntimeException e) {
            throw new IOException("the PDF renderer failed: " + e.getMessage(), e);
        }
    }

    private static void note(Diagnostic d, List<String> notes) {
        if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
            notes.add("pdf: " + d.getFormattedMessage());
        }
    }

    private static InputStream font(String name) {
        InputStream in = PdfBriefing.class.getResourceAsStream(FONT_DIR + name);
        if (in == null) {
            throw new UncheckedIOException(new IOException("font missing from the jar: " + FONT_DIR + name));
        }
        return in;
    }

    /** A digest of everything the PDF is made from: its document id. */
    private static byte[] fingerprint(String html, List<PdfChart> charts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(html.getBytes(StandardCharsets.UTF_8));
            for (PdfChart c : charts) {
                if (c.drawing() != null) {
                    md.update(("drawing:" + c.drawing().key()).getBytes(StandardCharsets.UTF_8));
                }
                md.update(String.valueOf(c.svg()).getBytes(StandardCharsets.UTF_8));
                if (c.png() != null) {
                    md.update(c.png());
                }
            }
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
