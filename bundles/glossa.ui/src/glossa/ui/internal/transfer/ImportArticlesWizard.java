package glossa.ui.internal.transfer;

import java.nio.file.Path;
import java.util.ArrayList;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import glossa.ui.internal.cases.ArticleImport;
import glossa.ui.internal.cases.CaseResources;

/**
 * File &gt; Import &gt; Glossa &gt; Articles into a Case: the wizard form of Import Articles… (the Project Explorer's
 * command), so that the one Import list holds it. Copies the chosen .txt/.md files, with their sidecars, in a job.
 */
public final class ImportArticlesWizard extends Wizard implements IImportWizard {

    private Page page;
    private IProject selected;
    private Job job;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        selected = CaseResources.projectOf(selection);
        setWindowTitle(Messages.ImportArticles_windowTitle);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        page = new Page(selected);
        addPage(page);
    }

    /** Adds files as the Add… button does (tests). */
    public void addFiles(java.util.List<Path> files) {
        for (Path file : files) {
            page.add(file);
        }
    }

    /** The copying job once Finish was pressed (tests wait for it), else null. */
    public Job job() {
        return job;
    }

    @Override
    public boolean performFinish() {
        IProject project = page.project();
        java.util.List<Path> files = page.files();
        job = new WorkspaceJob(NLS.bind(Messages.ImportArticles_job, files.size(), project.getName())) {
            @Override
            public IStatus runInWorkspace(IProgressMonitor monitor) throws CoreException {
                ArticleImport.copyInto(project, files, monitor);
                return Status.OK_STATUS;
            }
        };
        job.setRule(project);
        job.setUser(true);
        job.schedule();
        return true;
    }

    private static final class Page extends CasePage {

        private final java.util.List<Path> files = new ArrayList<>();
        private org.eclipse.swt.widgets.List shown;

        Page(IProject selected) {
            super("articles", Messages.ImportArticles_title, Messages.ImportArticles_description, selected); //$NON-NLS-1$
        }

        @Override
        void fillBody(Composite body) {
            Label label = new Label(body, SWT.NONE);
            label.setText(Messages.ImportArticles_files);
            label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
            shown = new org.eclipse.swt.widgets.List(body, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
            GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
            data.heightHint = 160;
            data.widthHint = 380;
            shown.setLayoutData(data);
            Composite buttons = new Composite(body, SWT.NONE);
            buttons.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false));
            buttons.setLayout(new org.eclipse.swt.layout.GridLayout(1, true));
            Button add = new Button(buttons, SWT.PUSH);
            add.setText(Messages.ImportArticles_add);
            add.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            add.addListener(SWT.Selection, e -> browse());
            Button remove = new Button(buttons, SWT.PUSH);
            remove.setText(Messages.ImportArticles_remove);
            remove.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            remove.addListener(SWT.Selection, e -> {
                int[] chosen = shown.getSelectionIndices();
                for (int i = chosen.length - 1; i >= 0; i--) {
                    files.remove(chosen[i]);
                    shown.remove(chosen[i]);
                }
                update();
            });
        }

        private void browse() {
            FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
            dialog.setText(Messages.ImportArticles_title);
            dialog.setFilterExtensions(new String[] { "*.txt;*.md;*.markdown", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
            dialog.setFilterNames(new String[] { Messages.ImportArticles_articles, Messages.ImportArticles_all });
            if (dialog.open() != null) {
                for (String name : dialog.getFileNames()) {
                    add(Path.of(dialog.getFilterPath(), name));
                }
            }
        }

        void add(Path file) {
            if (!files.contains(file)) {
                files.add(file);
                shown.add(file.toString());
            }
            update();
        }

        java.util.List<Path> files() {
            return java.util.List.copyOf(files);
        }

        @Override
        String problem() {
            return files.isEmpty() ? Messages.ImportArticles_noFiles : null;
        }
    }
}
