package glossa.ui.internal.cases;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.participants.CheckConditionsContext;
import org.eclipse.ltk.core.refactoring.participants.MoveParticipant;
import org.eclipse.ltk.core.refactoring.resource.MoveResourceChange;
import org.eclipse.osgi.util.NLS;

import glossa.ui.internal.nls.Messages;

/** Moving an article (Project Explorer's Move…) moves its hidden sidecar to the same folder, in the same refactoring. */
public final class SidecarMoveParticipant extends MoveParticipant {

    private IFile article;

    @Override
    protected boolean initialize(Object element) {
        article = CaseResources.articleWithSidecar(element);
        return article != null && getArguments().getDestination() instanceof IContainer;
    }

    @Override
    public String getName() {
        return Messages.SidecarMove_name;
    }

    @Override
    public RefactoringStatus checkConditions(IProgressMonitor pm, CheckConditionsContext context)
            throws OperationCanceledException {
        IContainer destination = (IContainer) getArguments().getDestination();
        IFile target = CaseResources.sidecarIn(destination, article.getName());
        return target.exists()
                ? RefactoringStatus.createFatalErrorStatus(NLS.bind(Messages.SidecarMove_exists, target.getFullPath()))
                : new RefactoringStatus();
    }

    @Override
    public Change createChange(IProgressMonitor pm) throws CoreException, OperationCanceledException {
        return new MoveResourceChange(CaseResources.sidecarOf(article), (IContainer) getArguments().getDestination());
    }
}
