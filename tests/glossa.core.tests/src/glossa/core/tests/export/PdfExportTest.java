package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.tests.cli.CliRun;
import glossa.exchange.export.ExportOptions;
import glossa.model.Annotation;

/**
 * The PDF report of the annotated sample, read back with PDFBox: its text holds the title, the section titles, the
 * quotes and the memos; every font is embedded (a subset); the chapters and their points are bookmarks; the command
 * line writes it for an article and for a case.
 */
class PdfExportTest {

    @Test
    void theSampleAsPdfHasQuotesSectionsMemosEmbeddedFontsAndBookmarks(@TempDir Path dir) throws Exception {
        AnnotatedArticle article = ReportHierarchyTest.annotatedSample(dir);
        byte[] pdf = ExportFixtures.bytes(article, ExportFixtures.format("pdf"),
                ExportOptions.defaults().withDate(ExportFixtures.DATE));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertTrue(text.contains("OpenAI“技术封锁”风波:DeepSeek与中国AI的突围之路"), "title");
            for (String section : List.of("提案背景:中美AI竞争的“技术卡位战”", "技术代差缩小引发的焦虑", "结语:技术封锁下的“创新辩证法”")) {
                assertTrue(text.contains(section), section);
            }
            for (Annotation a : article.document().getAnnotations()) {
                assertTrue(text.contains("“" + a.getQuote().replaceAll("\\s+", "") + "”"), "quote " + a.getQuote());
                assertTrue(text.contains(a.getMemo()), "memo " + a.getMemo());
            }
            assertTrue(text.contains("汇总") && text.contains("政策措施"), "Chinese report words");
            assertTrue(text.contains("第1页，共" + document.getNumberOfPages() + "页"), "page numbers");
            int fonts = 0;
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), font.getName() + " is a subset");
                    fonts++;
                }
            }
            assertTrue(fonts > 0);
            List<String> top = new ArrayList<>();
            PDOutlineItem root = document.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertEquals("OpenAI“技术封锁”风波:DeepSeek与中国AI的突围之路", root.getTitle());
            for (PDOutlineItem chapter : root.children()) {
                top.add(chapter.getTitle());
            }
            assertEquals(7, top.size(), top.toString());
            assertTrue(top.get(1).startsWith("一 提案背景"), top.toString());
            List<String> points = new ArrayList<>();
            root.children().iterator().next().getNextSibling().children().forEach(p -> points.add(p.getTitle()));
            assertEquals(List.of("1. 技术代差缩小引发的焦虑", "2. 数据与人才争夺的升级", "3. 地缘政治的技术投射"), points);
        }
    }

    @Test
    void cancellingStopsTheExport(@TempDir Path dir) throws Exception {
        AnnotatedArticle article = ReportHierarchyTest.annotatedSample(dir);
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        org.junit.jupiter.api.Assertions.assertThrows(OperationCanceledException.class,
                () -> ExportFixtures.format("pdf").newExporter().export(article,
                        ExportOptions.defaults(), new ByteArrayOutputStream(), cancelled));
    }

    @Test
    void theCommandLineWritesPdfForAnArticleAndACase(@TempDir Path dir) throws Exception {
        AnnotatedArticle article = ReportHierarchyTest.annotatedSample(dir);
        Path out = dir.resolve("out").resolve("r.pdf");
        Files.createDirectories(out.getParent());
        CliRun.of("export", article.articlePath().toString(), "--format", "pdf", "-o", out.toString()).ok();
        assertTrue(new String(Files.readAllBytes(out), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        Path casePdf = dir.resolve("out").resolve("case.pdf");
        CliRun.of("case-export", dir.toString(), "--format", "pdf", "-o", casePdf.toString()).ok();
        try (PDDocument document = Loader.loadPDF(casePdf.toFile())) {
            assertFalse(new PDFTextStripper().getText(document).isBlank());
        }
    }
}
