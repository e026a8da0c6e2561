package glossa.ui.internal.sources;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import glossa.convert.ConversionException;
import glossa.convert.EditedArticleException;
import glossa.convert.SourceConversion;
import glossa.core.io.FileErrors;
import glossa.ui.internal.nls.Messages;

/**
 * Converts source files (web pages, PDFs, Word files) into articles beside them, off the UI thread with progress and
 * cancel, then opens the articles in the window; the sources that could not be converted are listed in one dialog,
 * one line each ("FILE: reason"). Nothing is written for those. An article the analyst edited in Glossa since its last
 * conversion is not replaced: the job asks, and converts those sources again with force only when told to.
 */
public final class SourceImportJob extends Job {

    private final List<Path> sources;
    private final IWorkbenchWindow window;
    private final List<Path> converted = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();
    private final List<Path> edited = new ArrayList<>();
    private volatile boolean quiet;
    private volatile boolean force;

    public SourceImportJob(List<Path> sources, IWorkbenchWindow window) {
        super(Messages.SourceImport_job);
        this.sources = List.copyOf(sources);
        this.window = window;
        setUser(true);
    }

    /** Reports failures only through {@link #failures()}, without the warning dialog (for callers that show them). */
    public SourceImportJob quiet() {
        quiet = true;
        return this;
    }

    /** Replaces articles edited since their last conversion (the analyst said so). */
    public SourceImportJob forced() {
        force = true;
        return this;
    }

    /** The sources whose articles were edited since their last conversion and were left as they are. */
    public List<Path> edited() {
        return List.copyOf(edited);
    }

    /** The articles written, once the job is done. */
    public List<Path> converted() {
        return List.copyOf(converted);
    }

    /** The one-line failures, once the job is done. */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, sources.size());
        SourceConversion conversion = new SourceConversion();
        for (Path source : sources) {
            if (progress.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            progress.subTask(NLS.bind(Messages.SourceImport_converting, source.getFileName()));
            try {
                converted.add(conversion.convert(source, null, force, progress.split(1)).article());
            } catch (EditedArticleException e) {
                edited.add(source);
            } catch (ConversionException e) {
                failures.add(source.getFileName() + ": " + e.getMessage());
            } catch (IOException e) {
                failures.add(source.getFileName() + ": " + FileErrors.reason(e));
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            }
        }
        Display display = window.getWorkbench().getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(this::openAndReport);
        }
        return Status.OK_STATUS;
    }

    private void openAndReport() {
        if (window.getShell() == null || window.getShell().isDisposed()) {
            return;
        }
        for (Path article : converted) {
            try {
                IDE.openEditorOnFileStore(window.getActivePage(), EFS.getLocalFileSystem().getStore(article.toUri()));
            } catch (PartInitException e) {
                failures.add(article.getFileName() + ": " + e.getMessage());
            }
        }
        if (!failures.isEmpty() && !quiet) {
            MessageDialog.openWarning(window.getShell(), Messages.SourceImport_failedTitle,
                    NLS.bind(Messages.SourceImport_failed, String.join("\n", failures)));
        }
        if (!edited.isEmpty() && !quiet && MessageDialog.openQuestion(window.getShell(),
                Messages.SourceImport_editedTitle, NLS.bind(Messages.SourceImport_edited, String.join("\n",
                        edited.stream().map(s -> SourceConversion.defaultArticle(s).getFileName().toString()).toList())))) {
            new SourceImportJob(edited, window).forced().schedule();
        }
    }
}
