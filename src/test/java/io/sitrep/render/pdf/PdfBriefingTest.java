package io.sitrep.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.sitrep.aggregate.Briefing;
import io.sitrep.render.Templates;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfBriefingTest {

    /** The project's own templates folder: the tests render the print template users get. */
    private static final Path TEMPLATES = Path.of("templates");

    @TempDir
    Path content;

    private PdfBriefing pdf() throws IOException {
        return new PdfBriefing(new Templates(TEMPLATES));
    }

    @Test
    void holdsEveryHeadlineTheKeyFiguresAndTheSections() throws Exception {
        Briefing briefing = BriefingFixtures.threeArticles(content);
        PdfBriefing.Rendered rendered = pdf().render(briefing, List.of(ChartFixtures.svgChart(1), ChartFixtures.pngChart(2)));
        byte[] bytes = rendered.pdf();
        keep(bytes, "briefing-fixture.pdf");
        assertThat(rendered.notes()).isEmpty();

        String text = text(bytes);
        assertThat(oneLine(text)).contains(BriefingFixtures.CONFLICT_TITLE, BriefingFixtures.DIPLOMACY_TITLE,
                BriefingFixtures.CEASEFIRE_TITLE);
        assertThat(text).contains("Key figures", "more than 800,000", "about 5,000", "14", "Turkey: killed",
                "Civilians: displaced", "as of 14 February 2020", "Timeline", "Main actors", "Mevlüt Çavuşoğlu",
                "Sources", "Figure 1.", "Figure 2.", "Page 1 of", "Turkey asked Russia to stop the Syrian offensive");
        assertThat(oneLine(text)).contains("https://eaworldview.com/2020/02/syria-erdogan-russia-idlib-a-very-long-");
        assertThat(text).doesNotContain("ISTANBUL"); // a dateline is not a summary
    }

    @Test
    void setsNoLigatureGlyphsSoCopyAndSearchSeeThePlainLetters() throws Exception {
        byte[] bytes = pdf().render(BriefingFixtures.threeArticles(content), List.of()).pdf();
        StringBuilder glyphs = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    positions.forEach(p -> glyphs.append(p.getUnicode())); // before any normalisation
                }
            }.getText(doc);
        }
        assertThat(glyphs.toString()).contains("fi").doesNotContain("\uFB01", "\uFB02", "\uFB00", "\uFB03", "\uFB04");
    }

    @Test
    void embedsEveryFontAndIsTaggedForAccessibility() throws Exception {
        byte[] bytes = pdf().render(BriefingFixtures.threeArticles(content), List.of(ChartFixtures.svgChart(1))).pdf();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                collectFonts(page.getResources(), fonts);
            }
            assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
            assertThat(fonts).allSatisfy(f -> assertThat(f.getName()).contains("DejaVu"));
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Idlib, February 2020");
            List<String> outline = new ArrayList<>();
            doc.getDocumentCatalog().getDocumentOutline().children().forEach(i -> outline.add(i.getTitle()));
            assertThat(outline).containsExactly("Contents", "Key figures", "Charts", "Timeline", "Main actors",
                    "Articles", "Sources");
        }
    }

    @Test
    void drawsAnSvgChartAsVectorsAndAPngChartAsAnImage() throws Exception {
        Briefing briefing = BriefingFixtures.threeArticles(content);
        assertThat(images(pdf().render(briefing, List.of(ChartFixtures.svgChart(1))).pdf())).isZero();
        assertThat(images(pdf().render(briefing, List.of(ChartFixtures.pngChart(1))).pdf())).isEqualTo(1);
    }

    @Test
    void drawsAChartThatDrawsItselfAsVectorsWithItsTextAsTextAndItsAltTextOnAFigure() throws Exception {
        Briefing briefing = BriefingFixtures.threeArticles(content);
        PdfBriefing.Rendered r = pdf().render(briefing, List.of(ChartFixtures.drawnChart(1)));
        keep(r.pdf(), "briefing-drawn-chart.pdf");
        assertThat(r.notes()).isEmpty();
        assertThat(images(r.pdf())).isZero();
        assertThat(text(r.pdf())).contains("Figure 1.", "Soldiers killed by report");
        try (PDDocument doc = Loader.loadPDF(r.pdf())) {
            List<String> alts = new ArrayList<>();
            figures(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
            assertThat(alts).containsExactly("Bar chart: reports of soldiers killed rose from 8 to 14.");
        }
    }

    @Test
    void aChartThatFailsToDrawItselfIsPrintedFromItsPng() throws Exception {
        Briefing briefing = BriefingFixtures.threeArticles(content);
        PdfChart failing = new PdfChart(1, "Failing", "caption one", "alt one", null, ChartFixtures.png(800, 400),
                ChartFixtures.failingDrawing());
        PdfBriefing.Rendered r = pdf().render(briefing, List.of(failing, ChartFixtures.drawnChart(2)));
        assertThat(r.notes()).first().asString().startsWith("charts printed from their PNG");
        assertThat(images(r.pdf())).isEqualTo(2); // figure 2 had no PNG: it was drawn into one
        assertThat(text(r.pdf())).contains("Figure 1.", "Figure 2.");
    }

    @Test
    void aChartDrawingIsPartOfTheFingerprint() throws Exception {
        Briefing briefing = BriefingFixtures.threeArticles(content);
        List<String> ids = new ArrayList<>();
        for (String key : List.of("one", "one", "two")) {
            PdfChart chart = new PdfChart(1, "t", "c", "a", null, null, ChartFixtures.barsDrawing(key));
            try (PDDocument doc = Loader.loadPDF(pdf().render(briefing, List.of(chart)).pdf())) {
                ids.add(doc.getDocument().getTrailer().getCOSArray(COSName.ID).toString());
            }
        }
        assertThat(ids.get(1)).isEqualTo(ids.get(0));
        assertThat(ids.get(2)).isNotEqualTo(ids.get(0));
    }

    @Test
    void aBrokenSvgOrAMissingImageDoesNotBreakIt() throws Exception {
        Briefing briefing = BriefingFixtures.threeArticles(content);
        List<PdfChart> charts = List.of(
                new PdfChart(1, "Broken SVG, no PNG", "caption one", "alt one", ChartFixtures.BROKEN_SVG, null),
                new PdfChart(2, "Broken SVG, good PNG", "caption two", "alt two", ChartFixtures.BROKEN_SVG,
                        ChartFixtures.png(800, 400)),
                new PdfChart(3, "Nothing at all", "caption three", "alt three", null, null),
                new PdfChart(4, "Garbage PNG", "caption four", "alt four", null, new byte[] {1, 2, 3}),
                ChartFixtures.svgChart(5));
        PdfBriefing.Rendered r = pdf().render(briefing, charts);
        keep(r.pdf(), "briefing-broken-charts.pdf");

        assertThat(text(r.pdf())).contains("Figure 1.", "Figure 2.", "Figure 3.", "Figure 4.", "Figure 5.",
                BriefingFixtures.CEASEFIRE_TITLE);
        assertThat(images(r.pdf())).isEqualTo(1); // only figure 2's PNG; figure 5 is vector
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("figure 1", "not well-formed"))
                .anySatisfy(n -> assertThat(n).contains("figure 2", "printed from the PNG"))
                .anySatisfy(n -> assertThat(n).contains("figure 4", "cannot be decoded"));
    }

    @Test
    void anEmptyBriefingStillPrintsEverySectionWithANote() throws Exception {
        byte[] bytes = pdf().render(BriefingFixtures.empty(), List.of()).pdf();
        keep(bytes, "briefing-empty.pdf");
        String text = text(bytes);
        assertThat(text).contains("Briefing", "No figures were extracted", "No dated events were found",
                "The briefing has no articles yet", "No sources.").doesNotContain("Charts\n");
    }

    @Test
    void theSameInputGivesTheSameBytes() throws Exception {
        Briefing briefing = BriefingFixtures.threeArticles(content);
        List<PdfChart> charts = List.of(ChartFixtures.svgChart(1), ChartFixtures.pngChart(2));
        byte[] first = pdf().render(briefing, charts).pdf();
        Thread.sleep(1100); // the library stamps the clock to the second; a second later it would differ
        byte[] second = pdf().render(briefing, charts).pdf();
        assertThat(second).isEqualTo(first);
        try (PDDocument doc = Loader.loadPDF(first)) {
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant())
                    .hasToString("2020-02-14T00:00:00Z");
            assertThat(new String(doc.getDocumentCatalog().getMetadata().toByteArray(), "UTF-8"))
                    .contains("2020-02-14T00:00:00Z").doesNotContain(String.valueOf(java.time.Year.now().getValue()) + "-");
        }
    }

    @Test
    void writesNothingWithoutAPrintTemplate(@TempDir Path emptyTemplates) throws Exception {
        List<String> written = new ArrayList<>();
        new PdfBriefing(new Templates(emptyTemplates)).write(BriefingFixtures.empty(), List.of(),
                (path, bytes) -> written.add(path));
        assertThat(written).isEmpty();
        pdf().write(BriefingFixtures.empty(), List.of(), (path, bytes) -> written.add(path));
        assertThat(written).containsExactly("briefing.pdf");
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").replace("- ", "-");
    }

    private static int images(byte[] pdf) throws IOException {
        int n = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                n += images(page.getResources());
            }
        }
        return n;
    }

    private static int images(PDResources resources) throws IOException {
        int n = 0;
        if (resources == null) {
            return 0;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                n++;
            } else if (x instanceof PDFormXObject form) {
                n += images(form.getResources());
            }
        }
        return n;
    }

    private static void figures(List<Object> kids, List<String> alts) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    alts.add(e.getAlternateDescription());
                }
                figures(e.getKids(), alts);
            }
        }
    }

    private static void collectFonts(PDResources resources, List<PDFont> out) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getFontNames()) {
            out.add(resources.getFont(name));
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDFormXObject form) {
                collectFonts(form.getResources(), out);
            }
        }
    }

    /** Leaves the PDF in target/ so a person can look at it. */
    private static void keep(byte[] pdf, String name) throws IOException {
        Path dir = Path.of("target", "pdf-samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), pdf);
    }
}
