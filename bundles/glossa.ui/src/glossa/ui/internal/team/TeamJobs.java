package glossa.ui.internal.team;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import glossa.team.SyncResult;
import glossa.ui.GlossaUiPlugin;

/**
 * The Team commands' background jobs: the Git work runs off the UI thread with progress and cancel, then the case is
 * refreshed (Git changed files behind the workspace's back, and open editors merge what came in) and the outcome is
 * shown.
 */
final class TeamJobs {

    /** Work on a case folder that returns the message to show (or null to show none). */
    interface Work {
        String run(Path dir, IProgressMonitor monitor) throws Exception;
    }

    private TeamJobs() {
    }

    static Job job(IProject project, String name, Work work) {
        Job job = Job.create(name, monitor -> {
            Path dir = project.getLocation().toFile().toPath();
            String message;
            try {
                message = work.run(dir, monitor);
            } catch (org.eclipse.core.runtime.OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (Exception e) {
                refresh(project);
                return Status.error(NLS.bind(Messages.Team_failed, e.getMessage()), e);
            }
            refresh(project);
            if (message != null) {
                show(project, message);
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.setRule(project);
        return job;
    }

    static String describe(String caseName, SyncResult result) {
        return switch (result.status()) {
            case SYNCHRONIZED -> {
                StringBuilder text = new StringBuilder(NLS.bind(Messages.Sync_done, caseName));
                if (!result.merged().isEmpty()) {
                    text.append("\n").append(NLS.bind(Messages.Sync_merged, String.join(", ", result.merged())));
                }
                if (result.fieldConflictCount() > 0) {
                    text.append("\n").append(NLS.bind(Messages.Sync_fieldConflicts, result.fieldConflictCount()));
                }
                yield text.toString();
            }
            case TEXT_CONFLICTS -> NLS.bind(Messages.Sync_textConflicts, String.join(", ", result.textConflicts()),
                    String.join(", ", result.held()));
            case PUSH_REJECTED -> Messages.Sync_rejected;
            case CANCELLED -> Messages.Sync_cancelled;
        };
    }

    static String list(List<String> items) {
        return String.join(", ", items);
    }

    private static void refresh(IProject project) {
        try {
            project.refreshLocal(IResource.DEPTH_INFINITE, new NullProgressMonitor());
        } catch (CoreException e) {
            GlossaUiPlugin.getDefault().getLog().log(e.getStatus());
        }
        LocalChangesDecorator.changed(project);
    }

    static void show(IProject project, String message) {
        Display display = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : null;
        if (display == null || display.isDisposed()) {
            return;
        }
        display.asyncExec(() -> MessageDialog.openInformation(display.getActiveShell(),
                Messages.Team_title + ": " + project.getName(), message));
    }
}
