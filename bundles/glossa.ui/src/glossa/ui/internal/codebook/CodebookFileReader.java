package glossa.ui.internal.codebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import glossa.core.io.FileErrors;
import glossa.exchange.CodebookFormat;
import glossa.exchange.imports.ImportFormatException;
import glossa.model.Codebook;

/**
 * Reads a codebook file of a registry format for the Codebook view's Import and the File &gt; Import wizard: every
 * failure becomes one message that names the file (with line and column when the file is not such a codebook).
 */
public final class CodebookFileReader {

    /** The largest codebook file read (a codebook of 10,000 codes is about 2 MB). */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private CodebookFileReader() {
    }

    /** Why a codebook file was not read; the message names the file. */
    public static final class UnreadableCodebook extends Exception {

        private static final long serialVersionUID = 1L;

        UnreadableCodebook(String message) {
            super(message);
        }
    }

    /** The file's codebook, attached to nothing. Does file I/O: call it off the UI thread. */
    public static Codebook read(Path file, CodebookFormat format) throws UnreadableCodebook {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new UnreadableCodebook(file + ": " + NLS.bind(Messages.Import_tooLarge, MAX_BYTES / (1024 * 1024)));
            }
            return format.read(Files.readAllBytes(file));
        } catch (ImportFormatException e) {
            throw new UnreadableCodebook(file + ":" + e.line() + ":" + e.column() + ": " + e.reason());
        } catch (IOException | RuntimeException e) {
            // A format's parser may fail with an unchecked exception on input it does not expect.
            throw new UnreadableCodebook(e instanceof IOException io ? FileErrors.describe(file, io)
                    : file + ": " + e);
        }
    }
}
