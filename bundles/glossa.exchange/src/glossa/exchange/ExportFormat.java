package glossa.exchange;

import java.util.List;

import glossa.exchange.export.CaseWriter;
import glossa.exchange.export.Exporter;

/**
 * An export format: its names, its file extension, its labels and its exporter. A format is contributed by one class
 * implementing this interface (public, with a public no-argument constructor) and one line naming that class in
 * {@code META-INF/services/glossa.exchange.ExportFormat} of its bundle or jar; {@link FormatRegistry} finds it under
 * OSGi and on the command line's plain class path alike. The command line, the export wizard and the case export
 * list the formats from the registry.
 */
public interface ExportFormat {

    /** The name on the command line ({@code --format}) and in settings, lower case, e.g. {@code html}. */
    String id();

    /** Other names the command line accepts, lower case (e.g. {@code markdown} for {@code md}). */
    default List<String> aliases() {
        return List.of();
    }

    /** The file name extension, without the dot. */
    String extension();

    /** The name shown in the export wizard, e.g. "CSV, one row per annotation (spreadsheets)". */
    String label();

    /** A few words for the command line's help after the id, e.g. "UTF-8 with BOM"; empty for none. */
    default String note() {
        return "";
    }

    /**
     * The wizard's label for this format without the article text (only the annotations), or null when the format
     * offers no such choice. When non-null, {@link #label()} names the variant with the full text.
     */
    default String labelWithoutText() {
        return null;
    }

    /** A new exporter; one per export. */
    Exporter newExporter();

    /**
     * Files written beside the output, by name (e.g. {@code TypeSystem.xml} for UIMA XMI): the command line and the
     * wizard write them into the output's folder. Empty for none.
     */
    default java.util.Map<String, byte[]> companionFiles() {
        return java.util.Map.of();
    }

    /** How this format writes a whole case as one file, or null when it has no case export. */
    default CaseWriter caseWriter() {
        return null;
    }
}
