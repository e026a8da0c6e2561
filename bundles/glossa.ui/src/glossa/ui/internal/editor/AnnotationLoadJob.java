package glossa.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import glossa.core.AnnotatedArticle;
import glossa.core.anchor.ReanchorReport;
import glossa.core.io.SidecarException;
import glossa.ui.internal.io.ArticleFiles;
import glossa.ui.internal.nls.Messages;

/**
 * Reads a large sidecar in the background while the editor already shows the text (read-only), and computes the
 * re-anchoring that opening a changed text needs. The outcome is handed to the UI thread, where the document provider
 * installs it (see {@link GlossaDocumentProvider}); nothing here touches the editor's document or models.
 */
public final class AnnotationLoadJob extends Job {

    /** Job family of every annotation load, for tests and progress display. */
    public static final Object FAMILY = AnnotationLoadJob.class;

    /** What the load produced; exactly one of article, broken, failure is set unless it was cancelled. */
    record Outcome(AnnotatedArticle article, ReanchorReport reanchoring, SidecarException broken, Exception failure,
            boolean cancelled) {
    }

    private final Path path;
    private volatile Outcome outcome;

    /** {@code onUiThread} gets the outcome however the job ends, also when it is cancelled before it ran. */
    AnnotationLoadJob(Path path, Display display, Consumer<Outcome> onUiThread) {
        super(NLS.bind(Messages.AnnotationLoadJob_name, path.getFileName()));
        this.path = path;
        addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                Outcome result = outcome != null ? outcome : new Outcome(null, null, null, null, true);
                if (!display.isDisposed()) {
                    display.asyncExec(() -> onUiThread.accept(result));
                }
            }
        });
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 10);
        Outcome result;
        try {
            AnnotatedArticle article = ArticleFiles.open(path, progress.split(7));
            ReanchorReport report = null;
            if (article.textChangedSinceAnnotated()) {
                progress.subTask(Messages.AnnotationLoadJob_reanchoring);
                report = article.reanchor(null, progress.split(3));
            }
            result = new Outcome(article, report, null, null, false);
        } catch (OperationCanceledException e) {
            result = new Outcome(null, null, null, null, true);
        } catch (SidecarException e) {
            result = new Outcome(null, null, e, null, false);
        } catch (IOException | RuntimeException e) {
            result = new Outcome(null, null, null, e, false);
        }
        if (progress.isCanceled()) {
            result = new Outcome(null, null, null, null, true);
        }
        this.outcome = result;
        return result.cancelled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
