package glossa.ui.internal.codebook;

import java.io.IOException;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import glossa.core.cases.CaseCodebook;
import glossa.core.io.FileErrors;

/**
 * A {@link CaseTypeChange} as a workbench operation in the case's undo context: execute, undo and redo each change
 * the shared codebook through {@link CaseCodebook#edit} (on the UI thread, which owns the open articles it merges
 * into) and then save the file atomically in a job, so the UI never waits for the disk.
 */
public final class CaseCodebookOperation extends AbstractOperation {

    /** The family of the save jobs (tests wait for it). */
    public static final Object SAVE_FAMILY = new Object();

    private final CaseCodebook shared;
    private final IProject project;
    private final CaseTypeChange change;

    public CaseCodebookOperation(CaseCodebook shared, IProject project, IUndoContext context, CaseTypeChange change) {
        super(change.label());
        this.shared = shared;
        this.project = project;
        this.change = change;
        addContext(context);
    }

    @Override
    public boolean canExecute() {
        return project.isOpen() && change.canApply(shared.codebook());
    }

    /** Not once the case is closed or deleted: its codebook in memory would be saved into a case that is gone. */
    @Override
    public boolean canUndo() {
        return project.isOpen() && change.canRevert(shared.codebook());
    }

    @Override
    public boolean canRedo() {
        return canExecute();
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        if (!canExecute()) {
            return Status.CANCEL_STATUS;
        }
        shared.edit(codebook -> {
            change.apply(codebook);
            return null;
        });
        save();
        return Status.OK_STATUS;
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        if (!canUndo()) {
            return Status.error(NLS.bind(Messages.Case_cannotUndo, getLabel()));
        }
        shared.edit(codebook -> {
            change.revert(codebook);
            return null;
        });
        save();
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        return execute(monitor, info);
    }

    @Override
    public void dispose() {
        change.dispose();
    }

    /** Writes the whole codebook as it is then: a later save includes every earlier change. */
    private void save() {
        Job job = new Job(NLS.bind(Messages.Case_saveJob, project.getName())) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    shared.save();
                } catch (IOException e) {
                    return Status.error(NLS.bind(Messages.Case_saveFailed, shared.file(), FileErrors.reason(e)), e);
                }
                try {
                    project.getFile(CaseCodebook.FILE_NAME).refreshLocal(0, monitor);
                } catch (CoreException e) {
                    // Saved; the workspace learns of it at its next refresh.
                }
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == SAVE_FAMILY;
            }
        };
        job.schedule();
    }
}
