package glossa.ui.internal.team;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

import glossa.team.CaseRepository;
import glossa.ui.internal.cases.CaseResources;

/** Team > Commit…: a message, then every changed article and sidecar committed with the author of the preferences. */
public final class CommitHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IProject project = CaseResources.projectOf(HandlerUtil.getCurrentSelection(event));
        if (project == null || project.getLocation() == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Team_title, Messages.Team_noCase);
            return null;
        }
        if (!CaseRepository.isShared(project.getLocation().toFile().toPath())) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Team_title,
                    NLS.bind(Messages.Team_notShared, project.getName()));
            return null;
        }
        InputDialog dialog = new InputDialog(HandlerUtil.getActiveShell(event),
                NLS.bind(Messages.Commit_title, project.getName()), Messages.Commit_message, "",
                text -> text.isBlank() ? Messages.Commit_message : null);
        if (dialog.open() != Window.OK) {
            return null;
        }
        String message = dialog.getValue();
        TeamJobs.job(project, NLS.bind(Messages.Commit_job, project.getName()), (dir, monitor) -> {
            String id = CaseRepository.commit(dir, message, TeamSettings.author());
            return id == null ? NLS.bind(Messages.Commit_nothing, project.getName())
                    : NLS.bind(Messages.Commit_done, project.getName(), id.substring(0, 8));
        }).schedule();
        return null;
    }
}
