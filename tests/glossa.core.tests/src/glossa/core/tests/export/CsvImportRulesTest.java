package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.Codebooks;
import glossa.exchange.imports.CsvImporter;
import glossa.exchange.imports.ImportFormatException;
import glossa.exchange.imports.ImportReport;
import glossa.exchange.imports.ImportResult;
import glossa.model.Annotation;
import glossa.model.AnnotationStatus;

/**
 * Importing a CSV file record by record: what makes the file unreadable (no header, a header without 'quote' or
 * without 'type'/'type id'), what is only warned about (a record with too many or too few fields, an id already in
 * use, an unknown status, a date that is not ISO-8601), blank lines that are no records, positions that place a
 * record without a quote, the type found by id before name, and columns Glossa does not know kept as attributes.
 */
class CsvImportRulesTest {

    private static final String TEXT = ExportFixtures.TEXT;

    private static ImportResult read(String csv) throws IOException {
        return read(csv, ExportFixtures.fresh(ExportFixtures.small()));
    }

    private static ImportResult read(String csv, AnnotatedArticle into) throws IOException {
        return new CsvImporter().read(into, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                new NullProgressMonitor());
    }

    /** The warnings of an import, as "record: message". */
    private static List<String> warnings(ImportReport report) {
        return report.problems().stream().filter(p -> p.severity() == ImportReport.Severity.WARNING)
                .map(p -> p.record() + ": " + p.message()).toList();
    }

    @Test
    void aRecordWithoutPositionsIsPlacedExactlyWithoutAWarning() throws IOException {
        AnnotatedArticle into = ExportFixtures.fresh(ExportFixtures.small());
        String quote = into.text().substring(0, 4);
        ImportResult result = read("type,quote\nclaim," + quote + "\n", into);
        assertEquals(List.of(), warnings(result.report()), "a record that had no position did not move");
        assertEquals(glossa.model.AnchorState.EXACT, result.annotations().get(0).getAnchor());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "\n", " \n", "type,begin\nclaim,1\n", "quote,begin\n技术,1\n", "type id\nclaim\n" })
    void aFileWithoutAHeaderOfTypeAndQuoteIsRefused(String csv) {
        assertThrows(ImportFormatException.class, () -> read(csv));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "\n", " \n" })
    void aBlankFirstLineIsAnEmptyFile(String csv) {
        ImportFormatException e = assertThrows(ImportFormatException.class, () -> read(csv));
        assertTrue(e.reason().startsWith("the file is empty"), e.reason());
    }

    @Test
    void aFirstLineWithoutTheColumnsIsNoHeader() {
        ImportFormatException e = assertThrows(ImportFormatException.class, () -> read("claim,技术\n"));
        assertTrue(e.reason().startsWith("the first line is not a header"), e.reason());
    }

    @Test
    void eitherTypeOrTypeIdWithAQuoteMakesAHeader() throws IOException {
        assertEquals(1, read("type,quote\nclaim,技术\n").annotations().size());
        assertEquals(1, read("type id,quote\nclaim,技术\n").annotations().size());
    }

    @Test
    void blankLinesAreNoRecordsAndUnevenRecordsAreWarnedAbout() throws IOException {
        ImportResult result = read("type,quote,memo\n\nclaim,技术,m\n\nclaim,模型生态\nclaim,开源,m,extra\n");
        assertEquals(3, result.annotations().size());
        assertEquals(3, result.report().records(), "blank lines are not counted");
        assertEquals(List.of("2: has 2 fields, the header 3", "3: has 4 fields, the header 3"),
                warnings(result.report()));
        assertNull(result.annotations().get(1).getMemo(), "a missing field is empty");
    }

    @Test
    void positionsAloneLocateARecordWithoutAQuote() throws IOException {
        int b = TEXT.indexOf("技术出口管制");
        ImportResult result = read("type,quote,begin,end\nclaim,," + b + "," + (b + 6) + "\n");
        assertEquals(1, result.annotations().size(), result.report().toString());
        Annotation a = result.annotations().get(0);
        assertEquals(b, a.getBegin());
        assertEquals("技术出口管制", a.getQuote());
        // Positions out of the text, reversed or empty, or not numbers, place nothing.
        for (String span : List.of(b + "," + b, (b + 6) + "," + b, "-1," + (b + 6), b + "," + (TEXT.length() + 1),
                "x,y", " " + b + " , " + (b + 6) + " ")) {
            ImportResult none = read("type,quote,begin,end\nclaim,," + span + "\n");
            boolean placed = !none.annotations().isEmpty();
            assertEquals(span.startsWith(" "), placed, span + ": " + none.report());
        }
        // At the very start and the very end of the text.
        assertEquals(TEXT.substring(0, 2), read("type,quote,begin,end\nclaim,,0,2\n").annotations().get(0).getQuote());
        int end = TEXT.length();
        ImportResult last = read("type,quote,begin,end\nclaim,," + (end - 3) + "," + end + "\n");
        assertEquals(TEXT.substring(end - 3), last.annotations().get(0).getQuote());
    }

    @Test
    void theTypeIsFoundByIdFirstThenByNameOrId() throws IOException {
        String claim = Codebooks.find(ExportFixtures.small().document().getCodebook(), "claim").orElseThrow().getName();
        assertEquals("policy-measure",
                read("type id,type,quote\npolicy-measure," + claim + ",技术\n").annotations().get(0).getType().getId());
        assertEquals("claim", read("type id,type,quote\n," + claim + ",技术\n").annotations().get(0).getType().getId());
        assertEquals("claim", read("type id,type,quote\nnone,claim,技术\n").annotations().get(0).getType().getId());
        ImportResult unknown = read("type,quote\nnone,技术\n");
        assertTrue(unknown.annotations().isEmpty());
        assertEquals(1, unknown.report().errors().size());
    }

    @Test
    void idsStatusesAndDatesAreTakenWhenValidAndWarnedAboutOtherwise() throws IOException {
        ImportResult result = read("type,quote,id,status,created\n"
                + "claim,技术,a-1,Suggested,2025-09-20T08:15:30.123Z\n"
                + "claim,模型生态,a-1,maybe,yesterday\n"
                + "claim,开源,,,\n");
        List<Annotation> annotations = result.annotations();
        assertEquals(3, annotations.size());
        assertEquals("a-1", annotations.get(0).getId());
        assertEquals(AnnotationStatus.SUGGESTED, annotations.get(0).getStatus());
        assertEquals(java.time.Instant.parse("2025-09-20T08:15:30.123Z"), annotations.get(0).getCreated().toInstant());
        assertTrue(!annotations.get(1).getId().equals("a-1") && !annotations.get(1).getId().isEmpty());
        assertEquals(AnnotationStatus.CONFIRMED, annotations.get(1).getStatus());
        assertNull(annotations.get(1).getCreated());
        assertEquals(AnnotationStatus.CONFIRMED, annotations.get(2).getStatus());
        assertTrue(!annotations.get(2).getId().isEmpty() && !annotations.get(2).getId().equals(annotations.get(1).getId()));
        assertEquals(List.of("2: created date 'yesterday' is not ISO-8601; left empty",
                "2: id a-1 is already in use; the annotation got a new id", "2: unknown status 'maybe'; set to confirmed"),
                warnings(result.report()).stream().sorted().toList());
    }

    @Test
    void unknownColumnsBecomeAttributesWhenTheyHaveAValue() throws IOException {
        ImportResult result = read("type,quote,actor, stance ,\nclaim,技术,美国政府,,x\n");
        Annotation a = result.annotations().get(0);
        assertEquals(List.of("actor=美国政府"), a.getAttributes().stream().map(v -> v.getName() + "=" + v.getValue()).toList());
        ImportResult shortRow = read("type,quote,actor\nclaim,技术\n");
        assertTrue(shortRow.annotations().get(0).getAttributes().isEmpty());
    }

    @Test
    void aLongQuoteIsAbbreviatedInTheReport() throws IOException {
        String quote = "不在文中的引文".repeat(6);
        ImportResult result = read("type,quote\nclaim," + quote + "\n");
        String message = result.report().errors().get(0).message();
        assertTrue(message.contains("\"" + quote.substring(0, 39) + "…\""), message);
        String forty = "不在文中".repeat(10);
        String exact = read("type,quote\nclaim," + forty + "\n").report().errors().get(0).message();
        assertTrue(exact.contains("\"" + forty + "\""), exact);
    }
}
