package io.sitrep.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class StablePdfTest {

    private final StablePdf stable = StablePdf.forBriefing(LocalDate.of(2020, 2, 26), new byte[32]);

    @Test
    void replacesEveryXmpDateWhetherElementOrAttribute() {
        String xmp = "<x><xmp:CreateDate>2031-05-06T07:08:09+02:00</xmp:CreateDate>"
                + "<rdf:Description xmp:ModifyDate=\"2031-05-06T07:08:09+02:00\" xmp:MetadataDate=\"2031\"/>"
                + "<dc:title>keep 2031</dc:title></x>";
        assertThat(stable.withDates(xmp)).isEqualTo("<x><xmp:CreateDate>2020-02-26T00:00:00Z</xmp:CreateDate>"
                + "<rdf:Description xmp:ModifyDate=\"2020-02-26T00:00:00Z\" xmp:MetadataDate=\"2020-02-26T00:00:00Z\"/>"
                + "<dc:title>keep 2031</dc:title></x>");
    }

    @Test
    void addsTheModificationDateWhenTheLibraryLeftItOut() {
        assertThat(stable.withDates("<d><xmp:CreateDate>2031-01-01T00:00:00Z</xmp:CreateDate></d>")).isEqualTo(
                "<d><xmp:CreateDate>2020-02-26T00:00:00Z</xmp:CreateDate><xmp:ModifyDate>2020-02-26T00:00:00Z</xmp:ModifyDate></d>");
    }

    @Test
    void setsDatesProducerAndDocumentId() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            stable.apply(doc);
            assertThat(doc.getDocumentInformation().getCreationDate().toInstant()).hasToString("2020-02-26T00:00:00Z");
            assertThat(doc.getDocumentInformation().getModificationDate().toInstant()).hasToString("2020-02-26T00:00:00Z");
            assertThat(doc.getDocumentInformation().getProducer()).isEqualTo("sitrep");
            assertThat(doc.getDocument().getDocumentID().size()).isEqualTo(2);
        }
    }

    @Test
    void aBriefingWithoutDatesGetsTheEpoch() {
        assertThat(StablePdf.forBriefing(null, new byte[16]).date().toInstant()).hasToString("1970-01-01T00:00:00Z");
        assertThat(StablePdf.forBriefing(null, new byte[32]).id()).hasSize(16);
    }
}
