package glossa.ui.internal.views;

import java.io.IOException;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;

import glossa.core.cases.CaseCodebook;
import glossa.core.io.FileErrors;
import glossa.ui.internal.cases.CaseCodebooks;
import glossa.ui.internal.cases.CaseResources;
import glossa.ui.internal.codebook.Messages;

/**
 * The case whose shared codebook the Codebook view shows while no article is open: the case last chosen in the
 * workbench, either by selecting it (or anything in it) in the Project Explorer or another view, or by working in one
 * of its articles. So closing the last article keeps its case in view, and clicking another case shows that one. The
 * codebook is read in a job ({@link CaseCodebooks#of} reads the file once per case); while it is shown, any change to
 * it (this view's edits, an article of the case open in another window, an import) redraws the view.
 */
final class SelectedCaseCodebook {

    /** What the view draws. */
    interface Listener {

        /** A case's codebook is shown, or null with a reason (none chosen: null). Called on the UI thread. */
        void shown(IProject project, CaseCodebook codebook, String problem);

        /** The shown codebook changed. Called on the UI thread. */
        void changed();
    }

    private final IWorkbenchPage page;
    private final IWorkbenchPart owner;
    private final Display display;
    private final Listener listener;
    private final ISelectionListener selectionListener = this::selectionChanged;
    private final EContentAdapter adapter = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                redrawSoon();
            }
        }
    };
    private final IResourceChangeListener closing = this::projectClosing;
    private IProject chosen;
    private IProject project;
    private CaseCodebook codebook;
    private boolean active;
    private volatile boolean redrawPending;
    private Job readJob;

    SelectedCaseCodebook(IWorkbenchPage page, IWorkbenchPart owner, Listener listener) {
        this.page = page;
        this.owner = owner;
        this.display = page.getWorkbenchWindow().getShell().getDisplay();
        this.listener = listener;
        chosen = CaseResources.projectOf(page.getSelection());
        if (chosen == null) {
            chosen = CaseResources.projectOf(page.getSelection(IPageLayout.ID_PROJECT_EXPLORER));
        }
        page.addPostSelectionListener(selectionListener);
        ResourcesPlugin.getWorkspace().addResourceChangeListener(closing,
                IResourceChangeEvent.PRE_CLOSE | IResourceChangeEvent.PRE_DELETE);
    }

    private void projectClosing(IResourceChangeEvent event) {
        if (event.getResource() instanceof IProject gone) {
            display.asyncExec(() -> caseGone(gone));
        }
    }

    /** A case closed or deleted is no longer shown nor chosen. */
    private void caseGone(IProject gone) {
        if (gone.equals(chosen)) {
            chosen = null;
        }
        if (active && gone.equals(project)) {
            show(null);
        }
    }

    /** The analyst works in an article of {@code articleCase} (null: outside any case). */
    void articleShown(IProject articleCase) {
        if (articleCase != null) {
            chosen = articleCase;
        }
    }

    /** Shows the chosen case's codebook (true) or stops showing any (false: an article is shown instead). */
    void setActive(boolean active) {
        this.active = active;
        if (active) {
            show(chosen);
        } else {
            show(null);
        }
    }

    IProject project() {
        return codebook == null ? null : project;
    }

    CaseCodebook codebook() {
        return codebook;
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == owner) {
            return;
        }
        IProject selected = CaseResources.projectOf(selection);
        if (selected != null && selected.isOpen() && selected.getLocation() != null) {
            chosen = selected;
            if (active) {
                show(selected);
            }
        }
    }

    private void show(IProject next) {
        if (next != null && next.equals(project) && (codebook != null || readJob != null)) {
            return;
        }
        if (readJob != null) {
            readJob.cancel();
            readJob = null;
        }
        if (codebook != null) {
            codebook.codebook().eAdapters().remove(adapter);
            codebook = null;
        }
        project = next;
        if (next == null || !next.isOpen() || next.getLocation() == null) {
            project = null;
            listener.shown(null, null, null);
            return;
        }
        listener.shown(next, null, NLS.bind(Messages.View_readingCase, next.getName()));
        Job job = Job.create(NLS.bind(Messages.View_readingCase, next.getName()), monitor -> {
            CaseCodebook read;
            String problem;
            try {
                read = CaseCodebooks.of(next);
                problem = null;
            } catch (IOException e) {
                read = null;
                problem = NLS.bind(Messages.View_caseUnreadable, next.getName(), FileErrors.reason(e));
            }
            CaseCodebook loaded = read;
            String reason = problem;
            display.asyncExec(() -> loaded(next, loaded, reason));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        readJob = job;
        job.schedule();
    }

    private void loaded(IProject read, CaseCodebook loaded, String problem) {
        if (!read.equals(project) || codebook != null || readJob == null) {
            return; // another case was chosen meanwhile, or the view left case mode
        }
        readJob = null;
        codebook = loaded;
        if (loaded != null) {
            loaded.codebook().eAdapters().add(adapter);
        }
        listener.shown(read, loaded, problem);
    }

    /** Many notifications (one edit merged into several articles) make one redraw. */
    private void redrawSoon() {
        if (redrawPending) {
            return;
        }
        redrawPending = true;
        display.asyncExec(() -> {
            redrawPending = false;
            if (codebook != null) {
                listener.changed();
            }
        });
    }

    void dispose() {
        page.removePostSelectionListener(selectionListener);
        ResourcesPlugin.getWorkspace().removeResourceChangeListener(closing);
        if (readJob != null) {
            readJob.cancel();
        }
        if (codebook != null) {
            codebook.codebook().eAdapters().remove(adapter);
            codebook = null;
        }
    }
}
