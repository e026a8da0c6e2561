package glossa.ui.internal.agreement;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.handlers.HandlerUtil;

import glossa.team.CaseRepository;
import glossa.ui.internal.views.AgreementView;

/**
 * Compare with Branch…: lists the branches of the article's Git repository (in a job), lets the analyst pick one, and
 * has the Agreement view compare the working sidecar with that branch's; the first entry goes back to the authors.
 */
public final class CompareBranchHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActivePart(event) instanceof AgreementView view)) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShell(event);
        Path article = view.articlePath();
        if (article == null) {
            MessageDialog.openInformation(shell, Messages.Branch_dialogTitle, Messages.View_noEditor);
            return null;
        }
        Job list = Job.create(Messages.Branch_listing, monitor -> {
            try {
                List<String> branches = CaseRepository.branches(article);
                shell.getDisplay().asyncExec(() -> choose(shell, view, branches));
                return Status.OK_STATUS;
            } catch (IOException e) {
                return Status.error(e.getMessage(), e);
            }
        });
        list.schedule();
        return null;
    }

    private static void choose(Shell shell, AgreementView view, List<String> branches) {
        if (shell.isDisposed()) {
            return;
        }
        if (branches.isEmpty()) {
            MessageDialog.openInformation(shell, Messages.Branch_dialogTitle, Messages.Branch_noRepository);
            return;
        }
        List<String> choices = new ArrayList<>();
        choices.add(Messages.Branch_authors);
        choices.addAll(branches);
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider());
        dialog.setTitle(Messages.Branch_dialogTitle);
        dialog.setMessage(Messages.Branch_dialogMessage);
        dialog.setElements(choices.toArray());
        dialog.setMultipleSelection(false);
        if (view.comparedBranch() != null) {
            dialog.setInitialSelections(view.comparedBranch());
        }
        if (dialog.open() == ElementListSelectionDialog.OK && dialog.getFirstResult() instanceof String chosen) {
            view.compareWithBranch(Messages.Branch_authors.equals(chosen) ? null : chosen);
        }
    }
}
