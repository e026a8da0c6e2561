package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import glossa.exchange.export.ExportOptions;

/**
 * A reader of the PDF report sees the analyst's memos as the HTML report shows them: the document's in the header,
 * each chapter's and its points' under the chapter heading, line breaks kept; only for the chapters exported.
 */
class PdfMemosTest {

    private static List<String> pages(ExportOptions options) throws IOException {
        byte[] pdf = ExportFixtures.bytes(ExportFixtures.smallWithMemos(), ExportFixtures.format("pdf"), options);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new java.util.ArrayList<>();
            for (int p = 1; p <= document.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    @Test
    void theDocumentMemoIsInTheHeaderAndEachSectionsUnderItsHeading() throws IOException {
        List<String> pages = pages(ExportFixtures.OPTIONS);
        String first = pages.get(0);
        // The calendar emoji has no glyph in the report's fonts (it is drawn as a space); the line break stays.
        assertTrue(first.matches("(?s).*Memo: 整篇文章的备忘: check the 出口管制 timeline \\s*\nsecond line\n.*"), first);
        String one = pages.stream().filter(p -> p.contains("背景部分需要核实")).findFirst().orElseThrow();
        assertTrue(one.contains("一 背景\nMemo: 背景部分需要核实 \"sources\"\n"), "under the chapter heading: " + one);
        String two = pages.stream().filter(p -> p.contains("子节的备忘")).findFirst().orElseThrow();
        // U+20000 is in no font of the report (drawn as a space, as the fonts' test states).
        assertTrue(two.contains("二 对策\n1 企业 · Memo: 子节的备忘 "), "the point's memo under its chapter: " + two);
        assertEquals(1, pages.stream().filter(p -> p.contains("背景部分需要核实")).count(), "each memo once");
    }

    @Test
    void onlyTheChosenChaptersMemosAndTheDocumentsAppear() throws IOException {
        String all = String.join("\n", pages(ExportFixtures.OPTIONS.withSections(Set.of("二"))));
        assertTrue(all.contains("整篇文章的备忘"), all);
        assertTrue(all.contains("子节的备忘"), all);
        assertTrue(!all.contains("背景部分需要核实"), all);
    }
}
