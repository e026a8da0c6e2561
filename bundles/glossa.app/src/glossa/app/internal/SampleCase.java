package glossa.app.internal;

import java.io.IOException;
import java.io.InputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

/**
 * Opens the sample article bundled with the product: copied (once) into a case named "Sample" in the workspace, so
 * that it is the analyst's own copy to annotate, then opened in the Glossa editor. The copy runs in a job.
 */
public final class SampleCase {

    static final String PROJECT = "Sample";
    static final String ARTICLE = "openai-deepseek-policy-article.zh.txt";

    private SampleCase() {
    }

    /** Copies the sample if needed, then opens it in {@code page}; returns the job. */
    public static WorkspaceJob open(IWorkbenchPage page) {
        Display display = page.getWorkbenchWindow().getShell().getDisplay();
        WorkspaceJob job = new WorkspaceJob(Messages.Welcome_sampleJob) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                IFile file = copy(monitor);
                display.asyncExec(() -> {
                    try {
                        if (!page.getWorkbenchWindow().getShell().isDisposed()) {
                            IDE.openEditor(page, file, "glossa.ui.editor");
                        }
                    } catch (PartInitException e) {
                        org.eclipse.core.runtime.ILog.of(SampleCase.class).log(e.getStatus());
                    }
                });
                return Status.OK_STATUS;
            }
        };
        job.setRule(ResourcesPlugin.getWorkspace().getRoot());
        job.setUser(true);
        job.schedule();
        return job;
    }

    static IFile copy(IProgressMonitor monitor) throws CoreException {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
        if (!project.exists()) {
            project.create(monitor);
        }
        if (!project.isOpen()) {
            project.open(monitor);
        }
        IFile file = project.getFile(ARTICLE);
        if (!file.exists()) {
            try (InputStream in = SampleCase.class.getResourceAsStream("/samples/" + ARTICLE)) {
                if (in == null) {
                    throw new CoreException(Status.error("The sample article is missing from glossa.app"));
                }
                file.create(in, false, monitor);
            } catch (IOException e) {
                throw new CoreException(Status.error(e.getMessage(), e));
            }
        }
        return file;
    }
}
