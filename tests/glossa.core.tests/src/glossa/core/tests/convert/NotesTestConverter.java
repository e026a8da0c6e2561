package glossa.core.tests.convert;

import java.nio.charset.StandardCharsets;
import java.util.List;

import glossa.convert.Conversion;
import glossa.convert.ConversionException;
import glossa.convert.Converter;

/**
 * A converter contributed the way another bundle contributes one: this class, plus its name in this bundle's
 * {@code META-INF/services/glossa.convert.Converter}. It reads "notes" files ({@code .gnotes}): a first line
 * {@code title: …}, then the text. {@link ConverterContributionTest} checks that the registry and the command line
 * find it with nothing else changed.
 */
public final class NotesTestConverter implements Converter {

    @Override
    public String id() {
        return "notes-test";
    }

    @Override
    public List<String> extensions() {
        return List.of("gnotes");
    }

    @Override
    public String label() {
        return "Test notes";
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public Conversion convert(byte[] source, String sourceName) throws ConversionException {
        String text = new String(source, StandardCharsets.UTF_8);
        if (!text.startsWith("title: ")) {
            throw new ConversionException("not a notes file (no 'title:' line)");
        }
        int end = text.indexOf('\n');
        String title = text.substring("title: ".length(), end < 0 ? text.length() : end).strip();
        return new Conversion(end < 0 ? "" : text.substring(end + 1), title, "", "", "", "", List.of());
    }
}
