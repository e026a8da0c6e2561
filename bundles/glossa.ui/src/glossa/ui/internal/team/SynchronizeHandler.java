package glossa.ui.internal.team;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

import glossa.team.CaseRepository;
import glossa.team.SyncResult;
import glossa.ui.internal.cases.CaseResources;

/** Team > Synchronize: commit, pull with the semantic merge of sidecars, push; a cancellable job. */
public final class SynchronizeHandler extends AbstractHandler {

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
        var display = HandlerUtil.getActiveShell(event).getDisplay();
        TeamJobs.job(project, NLS.bind(Messages.Sync_job, project.getName()), (dir, monitor) -> {
            String remote = CaseRepository.remoteUrl(dir);
            // Stored user and token first; a password, key passphrase or unknown SSH host key is asked in a dialog.
            SyncResult result = CaseRepository.sync(dir, null, null, TeamSettings.author(),
                    TeamSettings.credentials(remote).withPrompt(new DialogCredentialsProvider(display, remote)),
                    monitor);
            return TeamJobs.describe(project.getName(), result);
        }).schedule();
        return null;
    }
}
