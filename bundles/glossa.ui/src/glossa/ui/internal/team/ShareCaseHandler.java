package glossa.ui.internal.team;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;

import glossa.team.CaseRepository;
import glossa.ui.internal.cases.CaseResources;

/**
 * Team > Share Case…: makes the selected case a Git repository (or keeps the one there), writes the attributes,
 * ignore file and merge driver config, and remembers the remote and its credentials (secure storage).
 */
public final class ShareCaseHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IProject project = CaseResources.projectOf(HandlerUtil.getCurrentSelection(event));
        if (project == null || project.getLocation() == null) {
            MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.Team_title, Messages.Team_noCase);
            return null;
        }
        Path dir = project.getLocation().toFile().toPath();
        String current = null;
        try {
            current = CaseRepository.isShared(dir) ? CaseRepository.remoteUrl(dir) : null;
        } catch (java.io.IOException e) {
            // Not readable as a repository: sharing will say why.
        }
        ShareCaseDialog dialog = new ShareCaseDialog(HandlerUtil.getActiveShell(event), project.getName(), current);
        if (dialog.open() != Window.OK) {
            return null;
        }
        String url = dialog.url();
        var credentials = dialog.credentials();
        TeamJobs.job(project, NLS.bind(Messages.Share_job, project.getName()), (folder, monitor) -> {
            List<String> written = CaseRepository.share(folder);
            if (!url.isEmpty()) {
                CaseRepository.setRemote(folder, url);
                TeamSettings.saveCredentials(url, credentials);
            }
            return NLS.bind(Messages.Share_done, project.getName(), written.isEmpty() ? "-" : TeamJobs.list(written));
        }).schedule();
        return null;
    }
}
