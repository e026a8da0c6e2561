package glossa.ui.internal.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import glossa.core.AnnotatedArticle;
import glossa.core.anchor.ReanchorReport;
import glossa.core.anchor.Reanchoring;
import glossa.ui.GlossaUiPlugin;
import glossa.ui.internal.nls.Messages;

/**
 * Re-anchors an open editor's annotations on its current text (after opening an article whose text changed since it
 * was annotated, or after reloading it from disk) with glossa.core's re-anchorer, and applies the result through
 * {@link EditorContext#execute} as ONE undoable command, which also makes the editor dirty.
 *
 * <p>Small articles are re-anchored at once on the UI thread (milliseconds). Large ones in a background
 * {@link Job} with progress; the command is then applied on the UI thread. Should the analyst change the text or
 * the annotations while the job runs, its result is stale and the job runs again on the current state.</p>
 *
 * <p>When the re-anchoring produced moved, fuzzy or orphaned annotations, the Re-anchoring review view is shown.</p>
 */
public final class EditorReanchoring {

    /** Job family, for tests and for cancelling on close. */
    public static final Object FAMILY = EditorReanchoring.class;

    /** Above this many annotations, or characters of text, the work goes to a background job. */
    public static volatile int backgroundAnnotations = 2_000;
    public static volatile int backgroundChars = 500_000;

    private final GlossaEditor editor;
    private final EditorContext context;
    private final AnnotatedArticle article;
    private final String oldText;
    private Job job;
    /** From scheduling the job until its result is applied (or dropped) on the UI thread. */
    private boolean running;

    EditorReanchoring(GlossaEditor editor, EditorContext context, AnnotatedArticle article, String oldText) {
        this.editor = editor;
        this.context = context;
        this.article = article;
        this.oldText = oldText;
    }

    /** Starts the re-anchoring: at once when small, else in a job. Call on the UI thread. */
    void start() {
        context.article(); // bring the article's text up to date with the editor's
        if (article.document().getAnnotations().size() <= backgroundAnnotations
                && article.text().length() <= backgroundChars) {
            apply(article.reanchor(oldText, null));
            return;
        }
        Object[] stamp = context.stamp();
        Display display = Display.getCurrent();
        job = new Job(NLS.bind(Messages.EditorReanchoring_job, editor.getTitle())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                ReanchorReport report;
                try {
                    report = article.reanchor(oldText, monitor);
                } catch (OperationCanceledException e) {
                    display.asyncExec(() -> running = false);
                    return Status.CANCEL_STATUS;
                } catch (RuntimeException e) {
                    // The document changed under us (e.g. a concurrent modification): try again on the UI thread.
                    report = null;
                }
                ReanchorReport result = report;
                display.asyncExec(() -> {
                    running = false;
                    if (editor.isDisposedOrSwitched(context)) {
                        return; // closed: the text stays flagged as changed, so the next open re-anchors again
                    }
                    if (result == null || context.changedSince(stamp)) {
                        start();
                    } else {
                        apply(result);
                    }
                });
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == FAMILY;
            }
        };
        job.setUser(true);
        running = true;
        job.schedule();
    }

    /** Applies a re-anchoring already computed on the editor's current text (with the background load). */
    void applyComputed(ReanchorReport report) {
        context.article(); // bring the article's text up to date with the editor's
        apply(report);
    }

    /** True while the re-anchoring job runs (its result is not applied yet). */
    boolean isRunning() {
        return running;
    }

    void cancel() {
        if (job != null) {
            job.cancel();
        }
        running = false;
    }

    private void apply(ReanchorReport report) {
        if (report.hasChanges()) {
            context.execute(report.toCommand(context.editingDomain()));
        }
        article.reanchored(report);
        context.reanchored(report);
        if (!report.needingReview().isEmpty()) {
            showReview();
        }
    }

    /** Later on the UI thread: the editor may still be being created. */
    private void showReview() {
        Display.getCurrent().asyncExec(() -> {
            if (editor.isDisposedOrSwitched(context)) {
                return;
            }
            try {
                editor.getSite().getPage().showView(REVIEW_VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                GlossaUiPlugin.getDefault().getLog().log(e.getStatus());
            }
        });
    }

    /** The Re-anchoring review view (glossa.ui.internal.views.ReanchoringView). */
    static final String REVIEW_VIEW_ID = "glossa.ui.views.reanchoring";
}
