package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import glossa.exchange.imports.CsvImporter;
import glossa.exchange.imports.ImportFormatException;
import glossa.exchange.imports.ImportReport;

/**
 * How an import reports: text quoted in a message (line breaks flattened, cut at {@link ImportFormatException#MAX_QUOTE}
 * code points with the full length named), messages capped so a hostile record cannot make a megabyte line, each
 * problem as one line with its record and line, the counts (skipped = neither imported nor already present) and
 * whether the import was clean.
 */
class ImportReportRulesTest {

    private static final int MAX = ImportFormatException.MAX_QUOTE;

    private static ImportReport read(String csv) throws IOException {
        return new CsvImporter().read(ExportFixtures.fresh(ExportFixtures.small()),
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), new NullProgressMonitor()).report();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "abc|abc", "''|''", "'a b'|a b" })
    void shortTextIsQuotedAsItIs(String text, String expected) {
        assertEquals(expected, ImportFormatException.excerpt(text));
    }

    @Test
    void aShortTextWithLineBreaksIsFlattenedButNotMarkedAsCut() {
        assertEquals("a b", ImportFormatException.excerpt("a\r\n\tb"));
        assertEquals("第一行 第二行", ImportFormatException.excerpt("第一行\n\n第二行"));
    }

    @Test
    void lineBreaksAndTabsAreFlattenedToOneSpace() {
        String text = "a\r\n\tb\n\nc\rd" + "e".repeat(300);
        assertEquals("a b c d" + "e".repeat(MAX - 7) + "… (" + text.length() + " characters)",
                ImportFormatException.excerpt(text));
    }

    @Test
    void longTextIsCutAtTheLimitInCodePoints() {
        assertEquals("", ImportFormatException.excerpt(null));
        String limit = "文".repeat(MAX);
        assertEquals(limit, ImportFormatException.excerpt(limit));
        assertEquals(limit + "… (" + (MAX + 1) + " characters)", ImportFormatException.excerpt(limit + "x"));
        // Code points, not chars: 200 emoji are 400 chars and are not cut.
        String emoji = "😀".repeat(MAX);
        assertEquals(emoji, ImportFormatException.excerpt(emoji));
        assertEquals(emoji + "… (" + (2 * MAX + 1) + " characters)", ImportFormatException.excerpt(emoji + "y"));
        // Megabytes are cut before flattening, and the length named is the original's.
        String huge = "a\n".repeat(500_000);
        assertEquals("a ".repeat(MAX / 2) + "… (1000000 characters)", ImportFormatException.excerpt(huge));
        String fourTimes = "b".repeat(4 * MAX);
        assertEquals("b".repeat(MAX) + "… (" + 4 * MAX + " characters)", ImportFormatException.excerpt(fourTimes));
    }

    @Test
    void aHeaderErrorQuotesTheLine() {
        ImportFormatException e = org.junit.jupiter.api.Assertions.assertThrows(ImportFormatException.class,
                () -> read("type,begin\nclaim,1\n"));
        assertEquals(1, e.line());
        assertEquals(1, e.column());
        assertTrue(e.reason().endsWith("found 2 columns: type,begin"), e.reason());
    }

    @Test
    void messagesAreCappedJustPastTheQuoteLimit() throws IOException {
        String prefix = "unknown annotation type '";
        String suffix = "' (not in the document's codebook)";
        int max = MAX + 120;
        String fits = "t".repeat(max - prefix.length() - suffix.length());
        String message = read("type,quote\n" + fits + ",技术\n").errors().get(0).message();
        assertEquals(max, message.length(), message);
        assertEquals(prefix + fits + suffix, message);
        String over = read("type,quote\n" + fits + "t,技术\n").errors().get(0).message();
        assertEquals((prefix + fits + "t" + suffix).substring(0, max) + "… (" + (max + 1) + " characters)", over);
    }

    @Test
    void countsAndProblemLines() throws IOException {
        ImportReport report = read("type,quote\nclaim,技术\nnone,技术\nclaim,不在文中\n");
        assertEquals(3, report.records());
        assertEquals(1, report.imported());
        assertEquals(0, report.alreadyPresent());
        assertEquals(2, report.skipped());
        assertFalse(report.isClean());
        String text = report.toString();
        assertTrue(text.startsWith("1 of 3 records imported\n"), text);
        assertTrue(text.contains("\nerror: record 2 (line 3): unknown annotation type 'none'"), text);
        assertTrue(text.contains("\nerror: record 3 (line 4): quote not found in the text"), text);
        assertEquals("warning: record 0: whole file", new ImportReport.Problem(ImportReport.Severity.WARNING, 0, 0,
                "whole file").toString());
        assertEquals("info: record 1 (line 1): x", new ImportReport.Problem(ImportReport.Severity.INFO, 1, 1, "x")
                .toString());
    }

    @Test
    void recordsAlreadyPresentAreNeitherImportedNorSkipped() throws IOException {
        int b = ExportFixtures.TEXT.indexOf("技术出口管制");
        String csv = "type,quote,begin,end\nclaim,技术出口管制," + b + "," + (b + 6) + "\nnone,技术,1,3\n";
        glossa.core.AnnotatedArticle article = ExportFixtures.fresh(ExportFixtures.small());
        new CsvImporter().read(article, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                new NullProgressMonitor()).applyTo(article.document());
        ImportReport again = new CsvImporter().read(article,
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), new NullProgressMonitor()).report();
        assertEquals(2, again.records());
        assertEquals(0, again.imported());
        assertEquals(1, again.alreadyPresent());
        assertEquals(1, again.skipped(), "only the record with the unknown type");
    }

    @Test
    void aRecordWithItsPositionsImportsCleanly() throws IOException {
        int b = ExportFixtures.TEXT.indexOf("技术出口管制");
        ImportReport report = read("type,quote,begin,end\nclaim,技术出口管制," + b + "," + (b + 6) + "\n");
        assertTrue(report.isClean(), report.toString());
        assertEquals(0, report.skipped());
        assertEquals("1 of 1 records imported", report.toString());
    }
}
