package glossa.exchange;

import java.io.IOException;
import java.io.OutputStream;

import glossa.model.Codebook;

/**
 * A codebook file format: the codebook alone, without articles. Contributed like an {@link ExportFormat}: one class
 * implementing this interface and one line naming it in {@code META-INF/services/glossa.exchange.CodebookFormat};
 * {@link FormatRegistry#codebookFormats()} lists them for the command line ({@code codebook export|import}) and the
 * Codebook view's Import and Export. What an import adds to a codebook is decided by
 * {@link glossa.exchange.imports.CodebookImport}, the same for every format.
 */
public interface CodebookFormat {

    /** The name on the command line ({@code --format}), lower case, e.g. {@code qdc}. */
    String id();

    /** The usual file name extension, without the dot. */
    String extension();

    /** The name shown in file dialogs, e.g. "REFI-QDA codebook (.qdc)". */
    String label();

    /** Writes the codebook (every type, retired ones included). */
    void write(Codebook codebook, OutputStream out) throws IOException;

    /**
     * Reads a file of this format as a new codebook, attached to nothing.
     *
     * @throws glossa.exchange.imports.ImportFormatException naming the line when the file is not such a codebook
     */
    Codebook read(byte[] bytes) throws IOException;
}
