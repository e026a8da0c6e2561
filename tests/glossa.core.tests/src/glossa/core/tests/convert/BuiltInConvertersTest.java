package glossa.core.tests.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import glossa.convert.Conversion;
import glossa.convert.Converter;
import glossa.convert.ConverterRegistry;
import glossa.convert.docx.DocxConverter;
import glossa.convert.html.HtmlConverter;
import glossa.convert.pdf.PdfConverter;

/**
 * What the import dialog and the provenance show of each built-in converter: its id, the file filter's label and
 * extensions, a version, and that the registry hands each of its extensions to it.
 */
class BuiltInConvertersTest {

    static Stream<Arguments> converters() {
        return Stream.of(
                Arguments.of(new HtmlConverter(), "html", "Web pages", List.of("html", "htm", "xhtml", "mhtml", "mht")),
                Arguments.of(new PdfConverter(), "pdf", "PDF documents", List.of("pdf")),
                Arguments.of(new DocxConverter(), "docx", "Word documents", List.of("docx")));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("converters")
    void eachConverterNamesItselfAndItsFiles(Converter converter, String id, String label, List<String> extensions) {
        assertEquals(id, converter.id());
        assertEquals(label, converter.label());
        assertEquals(extensions, converter.extensions());
        assertFalse(converter.version().isBlank(), "recorded in every article's provenance");
        for (String extension : extensions) {
            assertEquals(id, ConverterRegistry.instance().forFile("Source." + extension.toUpperCase()).orElseThrow()
                    .id());
        }
    }

    @Test
    void aTextAloneHasNoMetadataOrPages() {
        Conversion c = Conversion.of("正文");
        assertEquals("正文", c.text());
        assertEquals(List.of("", "", "", "", ""), List.of(c.title(), c.author(), c.published(), c.site(), c.url()));
        assertEquals(List.of(), c.pageStarts());
    }
}
