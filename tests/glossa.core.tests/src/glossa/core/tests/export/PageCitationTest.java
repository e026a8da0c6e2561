package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.exchange.export.CsvExporter;
import glossa.exchange.export.WebAnnotation;
import glossa.exchange.json.Json;
import glossa.model.GlossaFactory;
import glossa.model.Provenance;

/**
 * An article converted from a PDF cites pages in every report that cites annotations: Markdown ("p. 2" in an
 * annotation's line), CSV (a last column "page"), Web Annotation JSON-LD ("glossa:page") and the PDF report. The
 * small fixture gets a page map with page 2 starting at section 二; without a page map nothing changes but an empty
 * CSV cell.
 */
class PageCitationTest {

    /** The small article, its second page starting at "二、". */
    private static AnnotatedArticle paged() {
        AnnotatedArticle article = ExportFixtures.small();
        Provenance provenance = GlossaFactory.eINSTANCE.createProvenance();
        provenance.setSourceName("article.pdf");
        provenance.getPageStarts().addAll(List.of(0, ExportFixtures.TEXT.indexOf("二、")));
        article.document().setProvenance(provenance);
        return article;
    }

    private static String export(AnnotatedArticle article, String format) throws Exception {
        return ExportFixtures.export(article, ExportFixtures.format(format), ExportFixtures.OPTIONS);
    }

    @Test
    void markdownCitesThePageOfEachAnnotation() throws Exception {
        String md = export(paged(), "md");
        assertTrue(md.contains("p. 1"), md);
        assertTrue(md.contains("p. 2"), md);
        String plain = export(ExportFixtures.small(), "md");
        assertFalse(plain.contains("p. 1"), plain);
    }

    @Test
    void csvHasThePageAsItsLastColumn() throws Exception {
        String[] lines = export(paged(), "csv").replace("\uFEFF", "").split("\r\n");
        List<String> header = List.of(lines[0].split(","));
        assertEquals("page", header.get(header.size() - 1));
        assertEquals(CsvExporter.FIXED_BEFORE, header.subList(0, CsvExporter.FIXED_BEFORE.size()),
                "the columns before keep their places");
        List<String> pages = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            pages.add(lines[i].substring(lines[i].lastIndexOf(',') + 1));
        }
        // claim and measure in 一 (page 1), counter-strategy and claim in 二 (page 2)
        assertEquals(List.of("1", "1", "2", "2"), pages.stream().sorted().toList());
        String[] plain = export(ExportFixtures.small(), "csv").split("\r\n");
        assertTrue(plain[1].endsWith(","), "an empty page cell without a page map: " + plain[1]);
    }

    @Test
    @SuppressWarnings("unchecked")
    void webAnnotationsCarryThePage() throws Exception {
        Map<String, Object> json = (Map<String, Object>) Json.parse(export(paged(), "jsonld"));
        List<Map<String, Object>> items = (List<Map<String, Object>>) ((Map<String, Object>) json.get("first"))
                .get("items");
        List<Long> pages = items.stream().filter(i -> !i.containsKey(WebAnnotation.RELATION_ID))
                .map(i -> (Long) i.get(WebAnnotation.PAGE)).sorted().toList();
        assertEquals(List.of(1L, 1L, 2L, 2L), pages);
        Map<String, Object> plain = (Map<String, Object>) Json.parse(export(ExportFixtures.small(), "jsonld"));
        List<Map<String, Object>> plainItems = (List<Map<String, Object>>) ((Map<String, Object>) plain.get("first"))
                .get("items");
        assertTrue(plainItems.stream().noneMatch(i -> i.containsKey(WebAnnotation.PAGE)));
    }

    @Test
    void thePdfReportCitesThePage() throws Exception {
        byte[] pdf = ExportFixtures.bytes(paged(), ExportFixtures.format("pdf"), ExportFixtures.OPTIONS);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("p. 2"), text);
        }
        byte[] plain = ExportFixtures.bytes(ExportFixtures.small(), ExportFixtures.format("pdf"), ExportFixtures.OPTIONS);
        try (PDDocument document = Loader.loadPDF(plain)) {
            assertFalse(new PDFTextStripper().getText(document).contains("p. 2"));
        }
    }
}
