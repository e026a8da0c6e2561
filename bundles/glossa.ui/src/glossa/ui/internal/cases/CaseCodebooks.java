package glossa.ui.internal.cases;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executor;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.commands.operations.OperationHistoryFactory;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import glossa.core.cases.CaseCodebook;
import glossa.ui.GlossaUiPlugin;
import glossa.ui.internal.nls.Messages;

/** One {@link CaseCodebook} per open project (case), shared by the editors of its articles. */
public final class CaseCodebooks {

    private static final Map<IProject, CaseCodebook> CODEBOOKS = new HashMap<>();
    private static final Map<IProject, IUndoContext> UNDO_CONTEXTS = new HashMap<>();
    private static boolean listening;

    private CaseCodebooks() {
    }

    /** The project's case codebook, read on first use. Does file I/O: call it from a job. */
    public static synchronized CaseCodebook of(IProject project) throws IOException {
        listen();
        CaseCodebook codebook = CODEBOOKS.get(project);
        if (codebook == null) {
            codebook = CaseCodebook.load(project.getLocation().toFile().toPath());
            CODEBOOKS.put(project, codebook);
        }
        return codebook;
    }

    /**
     * Forgets a case that is closed or deleted, so that a case made later under the same name reads its own file
     * rather than being given (and saving over it) the old one's codebook; its undo history goes with it.
     */
    public static void forget(IProject project) {
        IUndoContext context;
        synchronized (CaseCodebooks.class) {
            CODEBOOKS.remove(project);
            context = UNDO_CONTEXTS.remove(project);
        }
        if (context != null) {
            OperationHistoryFactory.getOperationHistory().dispose(context, true, true, true);
        }
    }

    private static void listen() {
        if (!listening) {
            listening = true;
            ResourcesPlugin.getWorkspace().addResourceChangeListener(event -> {
                if (event.getResource() instanceof IProject project) {
                    forget(project);
                }
            }, IResourceChangeEvent.PRE_CLOSE | IResourceChangeEvent.PRE_DELETE);
        }
    }

    /**
     * The undo context of the edits made to the project's shared codebook from outside any article (the Codebook
     * view with no article open): one per case, so Edit &gt; Undo there takes back the case's edits in order.
     */
    public static synchronized IUndoContext undoContext(IProject project) {
        listen();
        return UNDO_CONTEXTS.computeIfAbsent(project, p -> new ObjectUndoContext(p, p.getName()));
    }

    /** Saves off the UI thread: each save is a small job (writes are atomic; a later save includes earlier changes). */
    public static Executor saver(IProject project) {
        return save -> Job.create(NLS.bind(Messages.CaseCodebooks_saveJob, project.getName()), monitor -> {
            save.run();
            try {
                project.getFile(CaseCodebook.FILE_NAME).refreshLocal(0, monitor);
            } catch (org.eclipse.core.runtime.CoreException e) {
                return e.getStatus();
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    static void log(IOException e) {
        GlossaUiPlugin.getDefault().getLog().log(new Status(IStatus.ERROR, "glossa.ui", e.getMessage(), e));
    }
}
