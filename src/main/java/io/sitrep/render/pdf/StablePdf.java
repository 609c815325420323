package io.sitrep.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * Makes a rendered PDF a function of its input alone. openhtmltopdf stamps the creation date
 * with the clock (in the information dictionary and in the XMP metadata), and PDFBox makes up a
 * document id from the clock when there is none; this replaces both with values derived from the
 * briefing: the dates from its "as of" day, the id from a digest of its content.
 *
 * @param date the creation and modification date (midnight UTC of the "as of" day)
 * @param id   the document id, 16 bytes
 */
record StablePdf(Calendar date, byte[] id) {

    static final String PRODUCER = "sitrep";

    /** XMP date properties, as element or attribute, whatever the serializer chose. */
    private static final Pattern XMP_DATE = Pattern.compile(
            "(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>|\\sxmp:(?:CreateDate|ModifyDate|MetadataDate)=\")([^<\"]*)");

    StablePdf {
        date = (Calendar) date.clone();
        id = id.clone();
    }

    static StablePdf forBriefing(LocalDate asOf, byte[] digest) {
        LocalDate day = asOf == null ? LocalDate.EPOCH : asOf;
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
        c.clear();
        c.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth(), 0, 0, 0);
        return new StablePdf(c, Arrays.copyOf(digest, 16));
    }

    void apply(PDDocument doc) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCreationDate((Calendar) date.clone());
        info.setModificationDate((Calendar) date.clone());
        info.setProducer(PRODUCER);
        info.setCreator(PRODUCER);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().setDocumentID(ids);
        PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
        if (metadata != null) {
            String xmp;
            try (InputStream in = metadata.exportXMPMetadata()) {
                xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            metadata.importXMPMetadata(withDates(xmp).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The XMP packet with every date property set to {@link #date}, in XMP's ISO 8601 form. */
    String withDates(String xmp) {
        String iso = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT)
                .format(date.toInstant().atOffset(ZoneOffset.UTC));
        Matcher m = XMP_DATE.matcher(xmp);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + iso));
        }
        m.appendTail(out);
        String result = out.toString();
        if (!result.contains("xmp:ModifyDate") && result.contains("</xmp:CreateDate>")) {
            // the information dictionary has a modification date, and PDF/A wants both to agree
            result = result.replace("</xmp:CreateDate>", "</xmp:CreateDate><xmp:ModifyDate>" + iso + "</xmp:ModifyDate>");
        }
        return result;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StablePdf s && date.equals(s.date) && Arrays.equals(id, s.id);
    }

    @Override
    public int hashCode() {
        return date.hashCode() * 31 + Arrays.hashCode(id);
    }

    @Override
    public String toString() {
        return "StablePdf[" + date.toInstant() + "]";
    }
}
