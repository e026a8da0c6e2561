package glossa.convert;

import java.util.List;

/**
 * Turns one kind of source document (a saved web page, a PDF, a Word file) into the plain text of an article and
 * what the source says about itself. A converter reads bytes only: it never writes, and it never reaches the network.
 *
 * <p>Contributions, from any bundle: one public class with a public no-argument constructor, named in that bundle's
 * {@code META-INF/services/glossa.convert.Converter} (the built-in converters are registered so), or an OSGi service
 * of this type (e.g. a declarative-services component); {@link ConverterRegistry} finds both.</p>
 */
public interface Converter {

    /** Short lower-case name, recorded as the provenance's converter ({@code html}, {@code pdf}, {@code docx}). */
    String id();

    /** The file name extensions it reads, lower case, without the dot. */
    List<String> extensions();

    /** A label for the import dialog's file filter, e.g. "Web pages". */
    String label();

    /** Recorded as the provenance's converter version: changes when the same source would give another text. */
    String version();

    /**
     * Converts a whole source file.
     *
     * @param source     the file's bytes (at most {@link SourceConversion#MAX_SOURCE_BYTES})
     * @param sourceName the file name, for messages
     * @throws ConversionException when the source cannot become an article (one line, without the file name)
     */
    Conversion convert(byte[] source, String sourceName) throws ConversionException;
}
