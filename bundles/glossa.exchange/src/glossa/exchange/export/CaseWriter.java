package glossa.exchange.export;

import java.io.IOException;
import java.io.OutputStream;

import org.eclipse.core.runtime.IProgressMonitor;

/** Writes a whole case as one file in one format; see {@link glossa.exchange.ExportFormat#caseWriter()}. */
public interface CaseWriter {

    /**
     * @param progress never null; checked for cancellation between articles
     *                 ({@link org.eclipse.core.runtime.OperationCanceledException})
     */
    void write(CaseExporter exportCase, ExportOptions options, OutputStream out, IProgressMonitor progress)
            throws IOException;
}
