package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.Codebooks;
import glossa.exchange.export.CaseExporter;
import glossa.model.Annotation;

/** The .qdpx and .qdc exports: valid against the REFI-QDA schemas, positions in code points, GUIDs stable. */
class RefiQdaExportTest {

    private static List<AnnotatedArticle> articles() throws IOException {
        return List.of(ExportFixtures.small(), ExportFixtures.sample(), EmojiArticles.create("emoji-1.txt", 120, 1),
                EmojiArticles.create("emoji-2.txt", 80, 2));
    }

    private static byte[] qdpx(AnnotatedArticle article) throws IOException {
        return ExportFixtures.bytes(article, ExportFixtures.format("qdpx"), ExportFixtures.OPTIONS);
    }

    @Test
    void everyArticleExportValidatesAgainstProjectXsd() throws IOException, SAXException {
        for (AnnotatedArticle article : articles()) {
            Map<String, byte[]> entries = RefiQdaFiles.unzip(qdpx(article));
            RefiQdaFiles.validate(entries.get("project.qde"), "Project.xsd");
            String qde = new String(entries.get("project.qde"), StandardCharsets.UTF_8);
            Matcher path = Pattern.compile("plainTextPath=\"internal://([0-9a-f-]{36}\\.txt)\"").matcher(qde);
            assertTrue(path.find(), qde.substring(0, 400));
            assertArrayEquals(article.text().getBytes(StandardCharsets.UTF_8), entries.get("Sources/" + path.group(1)),
                    "the source is the article's text in UTF-8");
            assertEquals(article.document().getAnnotations().size(), count(qde, "<PlainTextSelection "));
            assertEquals(article.document().getAnnotations().size(), count(qde, "<Coding "));
            long memos = article.document().getAnnotations().stream().filter(a -> a.getMemo() != null).count();
            assertTrue(count(qde, "<Note ") >= memos, "a note per memo");
            assertEquals(article.document().getRelations().size(), count(qde, "<Link "));
        }
    }

    @Test
    void caseExportValidatesAndHoldsEveryArticle() throws IOException, SAXException {
        List<AnnotatedArticle> articles = articles();
        articles.get(0).document().setMemo("文章备忘录: the framing"); // a NoteRef of the TextSource, in schema order
        CaseExporter exportCase = new CaseExporter(Path.of("case"), "测试 case", articles,
                articles.get(0).document().getCodebook());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exportCase.export(ExportFixtures.format("qdpx").caseWriter(), ExportFixtures.OPTIONS, out,
                new NullProgressMonitor());
        Map<String, byte[]> entries = RefiQdaFiles.unzip(out.toByteArray());
        RefiQdaFiles.validate(entries.get("project.qde"), "Project.xsd");
        assertEquals(articles.size() + 1, entries.size(), entries.keySet().toString());
        String qde = new String(entries.get("project.qde"), StandardCharsets.UTF_8);
        assertEquals(articles.size(), count(qde, "<TextSource "));
        int annotations = articles.stream().mapToInt(a -> a.document().getAnnotations().size()).sum();
        assertEquals(annotations, count(qde, "<PlainTextSelection "));
        assertTrue(qde.contains("<PlainTextContent>文章备忘录: the framing</PlainTextContent>"), "the article's memo");
    }

    /**
     * project.qde is deflated on a second thread: a destination that fails must fail the export with its own error,
     * from the calling thread, and not leave it waiting on the other one; a later export still works.
     */
    @Test
    void aFailingDestinationFailsTheExportWithItsError() throws IOException {
        List<AnnotatedArticle> articles = articles();
        CaseExporter exportCase = new CaseExporter(Path.of("case"), "case", articles,
                articles.get(0).document().getCodebook());
        java.io.OutputStream full = new java.io.OutputStream() {
            private long written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] { (byte) b }, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                written += len;
                if (written > 4096) {
                    throw new IOException("no space left on the test device");
                }
            }
        };
        IOException e = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> exportCase.export(
                        ExportFixtures.format("qdpx").caseWriter(), ExportFixtures.OPTIONS, full,
                        new NullProgressMonitor())));
        assertTrue(String.valueOf(e.getMessage()).contains("no space left on the test device"), e.toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exportCase.export(ExportFixtures.format("qdpx").caseWriter(), ExportFixtures.OPTIONS, out,
                new NullProgressMonitor());
        assertEquals(articles.size() + 1, RefiQdaFiles.unzip(out.toByteArray()).size());
    }

    /** REFI-QDA 1.5 section 10.2: positions count Unicode code points from 0; the end is exclusive. */
    @Test
    void positionsCountCodePointsNotUtf16Units() throws IOException {
        AnnotatedArticle article = EmojiArticles.create("emoji.txt", 200, 7);
        String qde = new String(RefiQdaFiles.unzip(qdpx(article)).get("project.qde"), StandardCharsets.UTF_8);
        int[] codePoints = article.text().codePoints().toArray();
        Map<String, Annotation> byGuid = new HashMap<>();
        Matcher m = Pattern.compile("<PlainTextSelection guid=\"([^\"]+)\"[^>]*startPosition=\"(\\d+)\" "
                + "endPosition=\"(\\d+)\"").matcher(qde);
        int checked = 0;
        int beyondBmp = 0;
        List<Annotation> annotations = new ArrayList<>(article.document().getAnnotations());
        annotations.sort(glossa.exchange.export.ExportModel.DOCUMENT_ORDER);
        while (m.find()) {
            Annotation a = annotations.get(checked++);
            int start = Integer.parseInt(m.group(2));
            int end = Integer.parseInt(m.group(3));
            assertEquals(a.getQuote(), new String(codePoints, start, end - start), "selection " + m.group(1));
            if (start != a.getBegin()) {
                beyondBmp++;
            }
            byGuid.put(m.group(1), a);
        }
        assertEquals(annotations.size(), checked);
        assertTrue(beyondBmp > 0, "the text has characters outside the BMP before some annotations");
    }

    @Test
    void guidsAreStableAcrossExports() throws IOException {
        AnnotatedArticle article = ExportFixtures.sample();
        byte[] first = qdpx(article);
        byte[] later = ExportFixtures.bytes(article, ExportFixtures.format("qdpx"),
                ExportFixtures.OPTIONS.withDate(Instant.parse("2026-01-01T00:00:00Z")));
        assertEquals(guids(first), guids(later));
        assertArrayEquals(first, qdpx(article), "the same export gives the same bytes");
    }

    private static TreeSet<String> guids(byte[] qdpx) throws IOException {
        String qde = new String(RefiQdaFiles.unzip(qdpx).get("project.qde"), StandardCharsets.UTF_8);
        TreeSet<String> guids = new TreeSet<>();
        Matcher m = Pattern.compile("guid=\"([^\"]+)\"").matcher(qde);
        while (m.find()) {
            guids.add(m.group(1));
        }
        return guids;
    }

    @Test
    void codebookExportValidatesAgainstCodebookXsdWithTheSchemaInTheDescriptions() throws IOException, SAXException {
        AnnotatedArticle article = ExportFixtures.small();
        byte[] qdc = ExportFixtures.bytes(article, ExportFixtures.format("qdc"), ExportFixtures.OPTIONS);
        RefiQdaFiles.validate(qdc, "Codebook.xsd");
        String xml = new String(qdc, StandardCharsets.UTF_8);
        assertTrue(xml.contains("xmlns=\"urn:QDA-XML:codebook:1.0\""));
        assertEquals(Codebooks.allTypes(article.document().getCodebook()).size(), count(xml, "<Code "));
        assertTrue(xml.contains("attribute: stance | choice | supportive, critical, neutral | The actor's stance."),
                xml);
        assertTrue(xml.contains("color=\"#F5C542\""));
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
