package glossa.ui.internal.cases;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import glossa.ui.internal.nls.Messages;

/** File &gt; Import Articles…: copies chosen .txt/.md files (with their sidecars) into the selected case. */
public final class ImportArticlesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IProject project = CaseResources.projectOf(HandlerUtil.getCurrentSelection(event));
        if (project == null || !project.isOpen()) {
            MessageDialog.openInformation(shell, Messages.ImportArticles_title, Messages.ImportArticles_selectFirst);
            return null;
        }
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText(NLS.bind(Messages.ImportArticles_dialogTitle, project.getName()));
        dialog.setFilterExtensions(new String[] { "*.txt;*.md;*.markdown", "*.*" });
        dialog.setFilterNames(new String[] { Messages.Files_articles, Messages.Files_all });
        if (dialog.open() == null) {
            return null;
        }
        List<Path> files = new ArrayList<>();
        for (String name : dialog.getFileNames()) {
            files.add(Path.of(dialog.getFilterPath(), name));
        }
        WorkspaceJob job = new WorkspaceJob(NLS.bind(Messages.ImportArticles_job, files.size(), project.getName())) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                ArticleImport.copyInto(project, files, monitor);
                return Status.OK_STATUS;
            }
        };
        job.setRule(project);
        job.setUser(true);
        job.schedule();
        return null;
    }
}
