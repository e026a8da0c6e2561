package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

import glossa.exchange.imports.ImportFormatException;
import glossa.exchange.imports.WebAnnotationImporter;

/**
 * Where a JSON-LD import says the JSON is broken: the line counts "\n", "\r\n" and a lone "\r" as one line break
 * each, and the column counts code points, so an emoji before the error moves it by one.
 */
class JsonImportErrorPositionTest {

    private static ImportFormatException error(String json) {
        return assertThrows(ImportFormatException.class, () -> new WebAnnotationImporter().read(
                ExportFixtures.fresh(ExportFixtures.small()),
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), new NullProgressMonitor()));
    }

    @Test
    void linesCountEveryKindOfLineBreakOnce() {
        ImportFormatException lf = error("{\n\"type\": \"AnnotationCollection\",\n\"total\": ,\n}");
        assertEquals(3, lf.line(), lf.getMessage());
        assertTrue(lf.reason().startsWith("not valid JSON"), lf.reason());
        ImportFormatException crlf = error("{\r\n\"type\": \"AnnotationCollection\",\r\n\"total\": ,\r\n}");
        assertEquals(3, crlf.line(), crlf.getMessage());
        assertEquals(lf.column(), crlf.column());
        ImportFormatException cr = error("{\r\"type\": \"AnnotationCollection\",\r\"total\": ,\r}");
        assertEquals(3, cr.line(), cr.getMessage());
        assertEquals(lf.column(), cr.column());
        ImportFormatException first = error("{\"total\": ,}");
        assertEquals(1, first.line());
        assertEquals(lf.column(), first.column() - 1, "the same error one character further right");
    }

    @Test
    void columnsCountCodePoints() {
        ImportFormatException plain = error("{\n\"x\": \"ab\", \"total\": ,\n}");
        ImportFormatException emoji = error("{\n\"x\": \"a😀\", \"total\": ,\n}");
        assertEquals(2, emoji.line());
        assertEquals(plain.column(), emoji.column(), "😀 is one code point, like b");
    }
}
