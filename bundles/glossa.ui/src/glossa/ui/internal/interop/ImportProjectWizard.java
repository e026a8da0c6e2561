package glossa.ui.internal.interop;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import glossa.exchange.imports.ProjectImport;

/**
 * File > Import > Glossa > REFI-QDA Project: a new case (workspace project) from a .qdpx. The import itself is
 * {@link ProjectImport} in a job: the case folder appears whole or not at all, then the project is created on it;
 * deleting the project (with its contents) undoes the import.
 */
public final class ImportProjectWizard extends Wizard implements IImportWizard {

    private Page page;

    public ImportProjectWizard() {
        setWindowTitle(Messages.Import_title);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        Path qdpx = Path.of(page.file.getText().strip());
        String name = page.name.getText().strip();
        Display display = getShell().getDisplay();
        Job job = Job.create(NLS.bind(Messages.Import_job, qdpx.getFileName()), monitor -> {
            return run(qdpx, name, display, monitor);
        });
        job.setUser(true);
        job.schedule();
        return true;
    }

    private static IStatus run(Path qdpx, String name, Display display, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, 10);
        try {
            Path folder = ResourcesPlugin.getWorkspace().getRoot().getLocation().toPath().resolve(name);
            ProjectImport.Result result = ProjectImport.run(qdpx, folder, progress.split(8));
            IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
            project.create(progress.split(1));
            project.open(progress.split(1));
            String done = NLS.bind(Messages.Import_done, new Object[] { result.articles(), result.annotations(),
                    result.relations(), result.types(), name });
            String message = result.skipped().isEmpty() ? done : done + "\n\n" + NLS.bind(Messages.Import_skipped,
                    result.skipped().size(), String.join("\n", result.skipped().subList(0,
                            Math.min(20, result.skipped().size()))));
            display.asyncExec(() -> MessageDialog.openInformation(display.getActiveShell(), Messages.Import_title,
                    message));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (java.io.IOException | CoreException e) {
            return Status.error(NLS.bind(Messages.Import_failed, qdpx.getFileName(), e.getMessage()), e);
        }
    }

    private static final class Page extends WizardPage {

        Text file;
        Text name;

        Page() {
            super("qdpx");
            setTitle(Messages.Import_title);
            setDescription(Messages.Import_description);
            setPageComplete(false);
        }

        @Override
        public void createControl(Composite parent) {
            Composite composite = new Composite(parent, SWT.NONE);
            GridLayoutFactory.swtDefaults().numColumns(3).applyTo(composite);
            new Label(composite, SWT.NONE).setText(Messages.Import_file);
            file = new Text(composite, SWT.BORDER);
            GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(file);
            Button browse = new Button(composite, SWT.PUSH);
            browse.setText(Messages.Import_browse);
            browse.addListener(SWT.Selection, e -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
                dialog.setFilterExtensions(new String[] { "*.qdpx", "*.*" });
                String chosen = dialog.open();
                if (chosen != null) {
                    file.setText(chosen);
                    if (name.getText().isBlank()) {
                        String base = Path.of(chosen).getFileName().toString();
                        name.setText(base.endsWith(".qdpx") ? base.substring(0, base.length() - 5) : base);
                    }
                }
            });
            new Label(composite, SWT.NONE).setText(Messages.Import_caseName);
            name = new Text(composite, SWT.BORDER);
            GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(name);
            file.addModifyListener(e -> validate());
            name.addModifyListener(e -> validate());
            setControl(composite);
        }

        private void validate() {
            String message = null;
            if (!java.nio.file.Files.isRegularFile(Path.of(file.getText().strip()))) {
                message = Messages.Import_noFile;
            } else if (name.getText().isBlank()
                    || !ResourcesPlugin.getWorkspace().validateName(name.getText().strip(), org.eclipse.core.resources.IResource.PROJECT).isOK()) {
                message = Messages.Import_caseName.replace("&", "").replace(":", "");
            } else if (ResourcesPlugin.getWorkspace().getRoot().getProject(name.getText().strip()).exists()) {
                message = NLS.bind(Messages.Import_nameTaken, name.getText().strip());
            }
            setErrorMessage(message);
            setPageComplete(message == null);
        }
    }
}
