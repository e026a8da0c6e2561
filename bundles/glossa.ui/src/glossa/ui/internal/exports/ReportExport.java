package glossa.ui.internal.exports;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.operation.IRunnableWithProgress;
import org.eclipse.osgi.util.NLS;

import glossa.core.AnnotatedArticle;
import glossa.core.io.AtomicFileWriter;
import glossa.exchange.ExportFormat;
import glossa.exchange.export.ExportFiles;
import glossa.exchange.export.ExportOptions;
import glossa.exchange.export.Exporter;
import glossa.ui.internal.nls.Messages;

/**
 * One export, run off the UI thread with the wizard's progress monitor. The report streams into
 * {@link AtomicFileWriter}'s temporary file (through {@link ExportFiles}, with its size guard), which replaces the destination only once complete, so a cancelled or
 * failed export leaves the destination as it was (absent, or the previous report) and no temporary file behind.
 *
 * <p>The exporters only read the document. The wizard is modal while this runs, so the analyst cannot change the
 * document meanwhile; {@link #article} must have been taken on the UI thread (it brings the text up to date).</p>
 */
public record ReportExport(AnnotatedArticle article, ExportFormat format, ExportOptions options, Path target)
        implements IRunnableWithProgress {

    @Override
    public void run(IProgressMonitor monitor) throws InvocationTargetException, InterruptedException {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.ReportExport_task, target.getFileName()), 10);
        try {
            Exporter exporter = format.newExporter();
            ExportFiles.write(target, out -> {
                exporter.export(article, options, out, progress.split(9));
                if (progress.isCanceled()) {
                    throw new OperationCanceledException(); // the writer deletes its temporary file
                }
                progress.subTask(NLS.bind(Messages.ReportExport_writing, target));
            });
            // UIMA's TypeSystem.xml beside the XMI; replaced as before (force), never over the article or its sidecar.
            ExportFiles.writeCompanions(format, target,
                    article.articlePath() == null ? List.of() : List.of(article.articlePath()), true);
            progress.worked(1);
        } catch (OperationCanceledException e) {
            throw new InterruptedException("export cancelled");
        } catch (IOException | RuntimeException e) {
            throw new InvocationTargetException(e);
        } finally {
            progress.done();
        }
    }
}
