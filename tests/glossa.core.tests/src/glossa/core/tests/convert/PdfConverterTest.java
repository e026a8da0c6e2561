package glossa.core.tests.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import glossa.convert.Conversion;
import glossa.convert.ConversionException;
import glossa.convert.pdf.PdfConverter;
import glossa.core.text.PageMap;

/** A real Federal Register document, a real encrypted PDF, a corrupt one, and PDFs made here for single rules. */
class PdfConverterTest {

    @Test
    void federalRegisterKeepsItsPagesAndLosesItsRunningHeads() throws Exception {
        Conversion c = new PdfConverter().convert(Sources.bytes("federal-register-2020-17221.en.pdf"), "fr.pdf");
        List<Integer> starts = c.pageStarts();
        assertEquals(15, starts.size());
        assertEquals(0, starts.get(0));
        for (int i = 1; i < starts.size(); i++) {
            assertTrue(starts.get(i) > starts.get(i - 1), "page starts strictly in order (the model keeps them unique): " + starts);
        }
        String text = c.text();
        // Pages 2-15 each carry "Federal Register / Vol. 85, No. 152 / Thursday, August 6, 2020 / Proposed Rules"
        // and a "VerDate … Jkt …" production line: running furniture, gone.
        assertFalse(text.contains("Federal Register / Vol. 85"), "running head left in");
        assertFalse(text.contains("VerDate"), "production footer left in");
        assertFalse(text.contains("PROPOSALS"), "the sideways margin stamp left in");
        int agency = text.indexOf("AGENCY: Federal Aviation");
        assertTrue(agency >= 0);
        assertEquals(1, PageMap.pageOf(starts, agency));
        int page2 = text.indexOf("resulting in 189 fatalities");
        assertEquals(2, PageMap.pageOf(starts, page2), "the accident's fatalities are told on the second page");
        int page15 = text.indexOf("AMOCs approved previously for AD");
        assertEquals(15, PageMap.pageOf(starts, page15), "the AMOC paragraph is on the last page");
        assertTrue(text.contains("Airworthiness Directives; The Boeing Company Airplanes"));
        assertEquals("2020-08-06", c.published());
    }

    @Test
    void encryptedPdfIsRefusedInOneLine() {
        ConversionException e = assertThrows(ConversionException.class,
                () -> new PdfConverter().convert(Sources.bytes("hostile/password-example.pdf"), "p.pdf"));
        assertTrue(e.getMessage().startsWith("encrypted PDF"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void corruptPdfIsRefused() {
        ConversionException e = assertThrows(ConversionException.class,
                () -> new PdfConverter().convert(Sources.bytes("hostile/corrupt.pdf"), "c.pdf"));
        assertTrue(e.getMessage().startsWith("not a readable PDF"), e.getMessage());
        assertThrows(ConversionException.class, () -> new PdfConverter().convert(new byte[] { 1, 2, 3 }, "x.pdf"));
    }

    @Test
    void pdfWithoutTextLayerIsRefused() throws Exception {
        byte[] blank;
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.addPage(new PDPage());
            pdf.addPage(new PDPage());
            pdf.save(out);
            blank = out.toByteArray();
        }
        ConversionException e = assertThrows(ConversionException.class,
                () -> new PdfConverter().convert(blank, "scan.pdf"));
        assertTrue(e.getMessage().contains("without a text layer"), e.getMessage());
    }

    @Test
    void hyphenatedWordsAreJoinedAcrossLinesAndPagesAreMapped() throws Exception {
        byte[] bytes;
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            String[][] pages = { { "The national govern-", "ment adopted the strategy in", "2023 after a long review." },
                    { "Its second part covers COVID-", "19 measures." } };
            for (String[] lines : pages) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.setLeading(14);
                    content.newLineAtOffset(72, 700);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            pdf.save(out);
            bytes = out.toByteArray();
        }
        Conversion c = new PdfConverter().convert(bytes, "made.pdf");
        assertEquals("The national government adopted the strategy in 2023 after a long review.\n\n"
                + "Its second part covers COVID-19 measures.\n", c.text());
        assertEquals(List.of(0, c.text().indexOf("Its second")), c.pageStarts());
    }
}
