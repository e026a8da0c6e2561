package glossa.exchange.export;

import java.io.IOException;
import java.io.OutputStream;

import org.eclipse.core.runtime.IProgressMonitor;

import glossa.core.AnnotatedArticle;

/**
 * Writes an annotated article in one format. Exporters only read the document; call them from a job (not the UI
 * thread). They check the monitor for cancellation and then throw
 * {@link org.eclipse.core.runtime.OperationCanceledException}; the caller discards the partial output.
 */
public interface Exporter {

    void export(AnnotatedArticle article, ExportOptions options, OutputStream out, IProgressMonitor monitor)
            throws IOException;
}
