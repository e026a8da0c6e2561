package glossa.exchange;

import java.util.List;

import glossa.exchange.imports.Importer;

/**
 * An import format: its names, the file extensions it reads, its label and its importer. Contributed like an
 * {@link ExportFormat}: one class implementing this interface and one line naming it in
 * {@code META-INF/services/glossa.exchange.ImportFormat}.
 */
public interface ImportFormat {

    /** The name on the command line ({@code --from}), lower case, e.g. {@code jsonld}. */
    String id();

    /** The file name extensions this format reads, without the dot, lower case; the first is the usual one. */
    List<String> extensions();

    /** The name shown in the import wizard. */
    String label();

    /** A new importer; one per import. */
    Importer newImporter();
}
