package glossa.ui.internal.cases;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.participants.CheckConditionsContext;
import org.eclipse.ltk.core.refactoring.participants.RenameParticipant;
import org.eclipse.ltk.core.refactoring.resource.RenameResourceChange;
import org.eclipse.osgi.util.NLS;

import glossa.ui.internal.nls.Messages;

/**
 * Renaming an article (Project Explorer's Rename…) renames its hidden sidecar the same way, in the same undoable
 * refactoring. Moves done without LTK are covered by {@link SidecarFollower}.
 */
public final class SidecarRenameParticipant extends RenameParticipant {

    private IFile article;

    @Override
    protected boolean initialize(Object element) {
        article = CaseResources.articleWithSidecar(element);
        return article != null;
    }

    @Override
    public String getName() {
        return Messages.SidecarRename_name;
    }

    @Override
    public RefactoringStatus checkConditions(IProgressMonitor pm, CheckConditionsContext context)
            throws OperationCanceledException {
        IFile target = CaseResources.sidecarIn(article.getParent(), getArguments().getNewName());
        return target.exists()
                ? RefactoringStatus.createFatalErrorStatus(
                        NLS.bind(Messages.SidecarRename_exists, target.getName()))
                : new RefactoringStatus();
    }

    @Override
    public Change createChange(IProgressMonitor pm) throws CoreException, OperationCanceledException {
        IFile sidecar = CaseResources.sidecarOf(article);
        return new RenameResourceChange(sidecar.getFullPath(), getArguments().getNewName() + ".glossa");
    }
}
