package glossa.ui.internal.cases;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.participants.CheckConditionsContext;
import org.eclipse.ltk.core.refactoring.participants.DeleteParticipant;
import org.eclipse.ltk.core.refactoring.resource.DeleteResourceChange;

import glossa.ui.internal.nls.Messages;

/**
 * Deleting an article in the workbench deletes its sidecar too: the annotations are part of the article's data and a
 * hidden sidecar without its article would only confuse a later article of the same name. The deletion keeps local
 * history (Restore from Local History brings it back). Files removed by other tools keep their sidecar: see
 * {@link SidecarFollower}.
 */
public final class SidecarDeleteParticipant extends DeleteParticipant {

    private IFile article;

    @Override
    protected boolean initialize(Object element) {
        article = CaseResources.articleWithSidecar(element);
        return article != null;
    }

    @Override
    public String getName() {
        return Messages.SidecarDelete_name;
    }

    @Override
    public RefactoringStatus checkConditions(IProgressMonitor pm, CheckConditionsContext context)
            throws OperationCanceledException {
        return new RefactoringStatus();
    }

    @Override
    public Change createChange(IProgressMonitor pm) throws CoreException, OperationCanceledException {
        return new DeleteResourceChange(CaseResources.sidecarOf(article).getFullPath(), true);
    }
}
