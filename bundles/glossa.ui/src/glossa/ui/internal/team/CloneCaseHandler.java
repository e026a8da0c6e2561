package glossa.ui.internal.team;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

import glossa.team.CaseRepository;
import glossa.team.Credentials;

/**
 * Team &gt; Clone Case… (also File &gt; Clone Case…): clones a shared case from its remote into a new folder in a
 * cancellable job, asking for credentials or an unknown SSH host key as needed, then opens the clone as a case.
 */
public final class CloneCaseHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        CloneCaseDialog dialog = new CloneCaseDialog(HandlerUtil.getActiveShell(event));
        if (dialog.open() != Window.OK) {
            return null;
        }
        job(dialog.url(), dialog.caseName(), dialog.folder(), dialog.credentials()).schedule();
        return null;
    }

    /**
     * The job that clones {@code url} into {@code folder} and opens it as the case {@code caseName}. The stored
     * {@code credentials} (if any) are tried first; anything else is asked in a dialog. A cancelled or failed clone
     * leaves no case and no folder behind (JGit removes the folder it made).
     */
    public static Job job(String url, String caseName, Path folder, Credentials credentials) {
        IWorkspace workspace = ResourcesPlugin.getWorkspace();
        IProject project = workspace.getRoot().getProject(caseName);
        Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
        Job job = Job.create(NLS.bind(Messages.Clone_job, caseName), monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.Clone_job, caseName), 100);
            try {
                Credentials asking = display == null ? credentials
                        : credentials.withPrompt(new DialogCredentialsProvider(display, url));
                CaseRepository.clone(url, folder, asking, progress.split(90));
                if (!credentials.isEmpty()) {
                    TeamSettings.saveCredentials(url, credentials);
                }
                IProjectDescription description = workspace.newProjectDescription(caseName);
                IPath location = IPath.fromOSString(folder.toString());
                if (!location.equals(workspace.getRoot().getLocation().append(caseName))) {
                    description.setLocation(location);
                }
                project.create(description, progress.split(5));
                project.open(progress.split(5));
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (Exception e) {
                return Status.error(NLS.bind(Messages.Team_failed, e.getMessage()), e);
            }
            TeamJobs.show(project, NLS.bind(Messages.Clone_done, caseName, url));
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.setRule(workspace.getRuleFactory().createRule(project));
        return job;
    }
}
