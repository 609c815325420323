package io.sitrep.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class SvgWriterTest {

    private static final String ALT = "Reports rose from 8 to 16 (AT&T <test> \"quoted\").";

    private static JFreeChart chart() {
        var briefing = Fixtures.crisis();
        return new FigureSeriesChart(Fixtures.context(briefing)).plan(briefing).get(0).draw();
    }

    private final String svg = new SvgWriter().write(chart(), "figures-x", 480, 320, "Killed", ALT);

    @Test
    void isABareSvgElementWithoutPrologDoctypeOrComments() {
        assertThat(svg).startsWith("<svg ").endsWith("</svg>\n")
                .doesNotContain("<?xml", "<!DOCTYPE", "<!--", "Batik");
    }

    @Test
    void scalesWithItsContainer() throws Exception {
        Element root = parse(svg).getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 480 320");
        assertThat(root.getAttribute("width")).isEqualTo("100%");
        assertThat(root.hasAttribute("height")).isFalse();
    }

    @Test
    void carriesTitleAndAltTextForAssistiveTechnology() throws Exception {
        Element root = parse(svg).getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("figures-x-title figures-x-desc");
        Element title = (Element) root.getElementsByTagName("title").item(0);
        Element desc = (Element) root.getElementsByTagName("desc").item(0);
        assertThat(title.getTextContent()).isEqualTo("Killed");
        assertThat(desc.getTextContent()).isEqualTo(ALT);
        assertThat(root.getFirstChild().getNodeName()).isEqualTo("title");
    }

    @Test
    void everyIdIsPrefixedUniqueAndEveryReferenceResolves() throws Exception {
        Document document = parse(svg);
        NodeList all = document.getElementsByTagName("*");
        Set<String> ids = new HashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty() && !ids.add(id)) {
                duplicates.add(id);
            }
        }
        assertThat(duplicates).isEmpty();
        assertThat(ids).isNotEmpty().allMatch(id -> id.startsWith("figures-x-"));
        Matcher references = Pattern.compile("url\\(#([^)]+)\\)").matcher(svg);
        int count = 0;
        while (references.find()) {
            assertThat(ids).contains(references.group(1));
            count++;
        }
        assertThat(count).isPositive();
    }

    @Test
    void keepsTextAsTextInTheShippedFontWithFallbacks() throws Exception {
        NodeList texts = parse(svg).getElementsByTagName("text");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent());
        }
        assertThat(words).contains("Turkish personnel killed", "Reuters", "Killed (people)");
        assertThat(svg).contains("font-family:" + HouseStyle.CSS_FONT_FAMILY).doesNotContain("'Dialog'");
    }

    @Test
    void sameChartGivesTheSameBytes() {
        assertThat(new SvgWriter().write(chart(), "figures-x", 480, 320, "Killed", ALT)).isEqualTo(svg);
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
