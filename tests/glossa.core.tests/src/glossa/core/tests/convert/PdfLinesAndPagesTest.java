package glossa.core.tests.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Stream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import glossa.convert.Conversion;
import glossa.convert.ConversionException;
import glossa.convert.pdf.PdfConverter;

/**
 * PDFs written here line by line (evenly spaced, so PDFBox sees no paragraph of its own except at a page's top):
 * where a paragraph ends, which running heads, feet and page numbers go, where each page begins, encryption that
 * allows copying, and the document information.
 */
class PdfLinesAndPagesTest {

    private interface Decorator {
        void apply(PDDocument pdf) throws Exception;
    }

    private static byte[] pdf(String[][] pages, Decorator decorator) throws Exception {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String[] lines : pages) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                if (lines.length == 0) {
                    continue;
                }
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.setLeading(14);
                    content.newLineAtOffset(72, 720);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            if (decorator != null) {
                decorator.apply(pdf);
            }
            pdf.save(out);
            return out.toByteArray();
        }
    }

    private static Conversion convert(String[][] pages) throws Exception {
        return new PdfConverter().convert(pdf(pages, null), "made.pdf");
    }

    private static final String LONG = "The ministry shall publish the list of covered technologies every year,";

    static Stream<Arguments> paragraphs() {
        return Stream.of(
                Arguments.of("a short line ending a sentence ends the paragraph",
                        new String[] { LONG, "and revise it.", "Exporters apply for a licence before shipping them." },
                        LONG + " and revise it.\n\nExporters apply for a licence before shipping them."),
                Arguments.of("a nearly full line ending a sentence does not",
                        new String[] { LONG, "and it shall revise that list whenever its yearly review needs.",
                                "Exporters apply." },
                        LONG + " and it shall revise that list whenever its yearly review needs. Exporters apply."),
                Arguments.of("a short line not ending a sentence does not",
                        new String[] { LONG, "and revise it", "whenever the review finds new risks." },
                        LONG + " and revise it whenever the review finds new risks."),
                Arguments.of("a numbered heading stands alone",
                        new String[] { "Exporters apply for a licence before shipping.", "2. Scope",
                                "These rules cover semiconductors and their tools." },
                        "Exporters apply for a licence before shipping.\n\n2. Scope\n\n"
                                + "These rules cover semiconductors and their tools."),
                Arguments.of("a number in mid-sentence is no heading",
                        new String[] { "The measures were amended by the rules in sections", "11.43 and 11.45, by "
                                + "the rule adopted in 2020 and its later revisions." },
                        "The measures were amended by the rules in sections 11.43 and 11.45, by the rule adopted in "
                                + "2020 and its later revisions."),
                Arguments.of("a long numbered paragraph runs on",
                        new String[] { "3. The ministry shall publish the list of covered items each year",
                                "and revise it whenever the review finds new risks." },
                        "3. The ministry shall publish the list of covered items each year and revise it whenever the "
                                + "review finds new risks."));
    }

    static Stream<Arguments> paragraphBoundaries() {
        String seventy = "The ministry shall publish the list of covered technologies each year,";
        String fortyNine = "and revise it when new risks are found in review.";
        return Stream.of(
                // A numbered line under 40 characters is a heading; one of 40 is the start of a paragraph.
                Arguments.of("numbered, 39 characters", new String[] { "4. Scope of the rules and the exemption",
                        "granted to research institutes." },
                        "4. Scope of the rules and the exemption\n\ngranted to research institutes."),
                Arguments.of("numbered, 40 characters", new String[] { "4. Scope of the rules and the exemptions",
                        "granted to research institutes." },
                        "4. Scope of the rules and the exemptions granted to research institutes."),
                // After an unfinished line of 40 characters a numbered line continues the sentence.
                Arguments.of("unfinished 40 characters, then a number",
                        new String[] { "Exporters must also observe the sections", "11.43 and 11.45 of the rules." },
                        "Exporters must also observe the sections 11.43 and 11.45 of the rules."),
                // A sentence ending on a line of exactly 70 % of the longest does not end the paragraph.
                Arguments.of("sentence end at 70 % of the longest line",
                        new String[] { seventy, fortyNine, "Exporters apply for a licence." },
                        seventy + " " + fortyNine + " Exporters apply for a licence."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paragraphBoundaries")
    void whereAParagraphEndsAtTheBoundaries(String rule, String[] lines, String text) throws Exception {
        assertEquals(text + "\n", convert(new String[][] { lines }).text());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paragraphs")
    void whereAParagraphEnds(String rule, String[] lines, String text) throws Exception {
        assertEquals(text + "\n", convert(new String[][] { lines }).text());
    }

    /** Each page's own sentence (not the same but for digits, which would make it a running line). */
    private static final String[] BODY = { "The first page opens the report on export controls.",
            "A second page describes the licensing process.", "Then the third page lists the covered items.",
            "Fourth, the exemptions for research are set out.", "Fifth comes the enforcement chapter.",
            "Finally the sixth page gives the contacts." };

    private static String[][] pagesWith(String head, String foot, int count) {
        List<String[]> pages = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            List<String> lines = new ArrayList<>();
            if (head != null) {
                lines.add(head.replace("#", String.valueOf(i)));
            }
            lines.add(BODY[i - 1]);
            if (foot != null) {
                lines.add(foot.replace("#", String.valueOf(i)));
            }
            pages.add(lines.toArray(String[]::new));
        }
        return pages.toArray(String[][]::new);
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    static Stream<Arguments> pageNumbers() {
        return Stream.of(Arguments.of("#"), Arguments.of("- # -"), Arguments.of("Page # of 9"),
                Arguments.of("— # —"));
    }

    /** A line that is nothing but a page number goes, on any page, even in a document of one or two pages. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pageNumbers")
    void pageNumbersGo(String foot) throws Exception {
        assertEquals(BODY[0] + "\n\n" + BODY[1] + "\n", convert(pagesWith(null, foot, 2)).text());
    }

    @Test
    void aRunningHeadGoesFromThreePagesOn() throws Exception {
        String head = "Federal Register / Vol. 85 / Rules and Regulations";
        String bodies = BODY[0] + "\n\n" + BODY[1] + "\n\n" + BODY[2] + "\n";
        assertEquals(bodies, convert(pagesWith(head, null, 3)).text(), "three pages: the head is furniture");
        assertEquals(2, occurrences(convert(pagesWith(head, null, 2)).text(), head), "two pages: too few to tell");
        assertEquals(bodies, convert(pagesWith("Report on export controls, page #", null, 3)).text(),
                "digits aside, the line recurs");
    }

    @Test
    void aLineOnHalfThePagesIsFurnitureAndOnFewerIsNot() throws Exception {
        // Six pages: a line at the top of three (half) goes; one at the top of two stays.
        String[][] pages = pagesWith(null, null, 6);
        String[] heads = { "Chapter One: Scope", "Chapter One: Scope", "Chapter One: Scope", "Annex A", "Annex A", null };
        for (int i = 0; i < 6; i++) {
            if (heads[i] != null) {
                pages[i] = new String[] { heads[i], pages[i][0] };
            }
        }
        String kept = convert(pages).text();
        assertEquals(0, occurrences(kept, "Chapter One"), kept);
        assertEquals(2, occurrences(kept, "Annex A"), kept);
        // Three pages: two of them is at least half.
        String[][] three = pagesWith(null, null, 3);
        three[0] = new String[] { "Draft", three[0][0] };
        three[1] = new String[] { "Draft", three[1][0] };
        assertEquals(0, occurrences(convert(three).text(), "Draft"));
    }

    @Test
    void onlyTheFirstAndLastThreeLinesOfAPageAreHeadsOrFeet() throws Exception {
        String[][] pages = new String[3][];
        for (int i = 0; i < 3; i++) {
            pages[i] = new String[] { "Line one of page " + (i + 1) + " of the report, a full sentence.",
                    "Line two of the page goes on with the argument of the report.",
                    "Line three of the page goes on with the argument of the report.",
                    "Table 4 continued",
                    "Line five of the page goes on with the argument of the report.",
                    "Line six of the page goes on with the argument of the report.",
                    "Line seven of the page goes on with the argument of the report." + i };
        }
        String kept = convert(pages).text();
        assertEquals(3, occurrences(kept, "Table 4 continued"), kept);
        assertEquals(0, occurrences(kept, "Line two of the page"), "recurring edge lines go");
    }

    @Test
    void everyPageHasItsOwnStartEvenWithoutText() throws Exception {
        Conversion c = convert(new String[][] { { "First page with some text in a sentence." }, {},
                { "Third page with more text in a sentence." }, {}, {} });
        assertEquals("First page with some text in a sentence.\n\n\nThird page with more text in a sentence.\n\n\n",
                c.text());
        assertEquals(List.of(0, 42, 43, 84, 85), c.pageStarts());
    }

    @Test
    void anEncryptedPdfThatAllowsCopyingIsConverted() throws Exception {
        String[][] pages = { { "A protected report whose owner still allows copying its text." } };
        Decorator allows = pdf -> pdf.protect(policy(true));
        assertEquals("A protected report whose owner still allows copying its text.\n",
                new PdfConverter().convert(pdf(pages, allows), "p.pdf").text());
        Decorator forbids = pdf -> pdf.protect(policy(false));
        ConversionException e = assertThrows(ConversionException.class,
                () -> new PdfConverter().convert(pdf(pages, forbids), "p.pdf"));
        assertTrue(e.getMessage().startsWith("encrypted PDF that does not allow copying its text"), e.getMessage());
    }

    private static StandardProtectionPolicy policy(boolean extract) {
        AccessPermission permission = new AccessPermission();
        permission.setCanExtractContent(extract);
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", permission);
        policy.setEncryptionKeyLength(128);
        return policy;
    }

    @Test
    void theDocumentInformationGivesTitleAuthorAndDate() throws Exception {
        String[][] pages = { { "A report with its document information filled in." } };
        Decorator info = pdf -> {
            pdf.getDocumentInformation().setTitle("  Export Controls Report ");
            pdf.getDocumentInformation().setAuthor(" Bureau of Industry ");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.clear();
            created.set(2020, Calendar.AUGUST, 17, 12, 0);
            pdf.getDocumentInformation().setCreationDate(created);
        };
        Conversion c = new PdfConverter().convert(pdf(pages, info), "r.pdf");
        assertEquals("Export Controls Report", c.title());
        assertEquals("Bureau of Industry", c.author());
        assertEquals("2020-08-17", c.published());
        Conversion none = convert(pages);
        assertEquals("", none.title());
        assertEquals("", none.published());
    }

    @Test
    void aDamagedPdfIsRefusedInOneLine() {
        byte[] damaged = "%PDF-1.7\n1 0 obj\n<< /Type /Catalog\n".getBytes();
        ConversionException e = assertThrows(ConversionException.class,
                () -> new PdfConverter().convert(damaged, "d.pdf"));
        assertTrue(e.getMessage().startsWith("not a readable PDF ("), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertTrue(e.getMessage().length() > "not a readable PDF ()".length());
    }
}
