package glossa.ui.internal.cases;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;

import glossa.ui.internal.nls.Messages;

/** New Case: creates a project (a case) that will hold the case's articles; its codebook is written on first use. */
public final class NewCaseWizard extends Wizard implements INewWizard {

    private WizardNewProjectCreationPage page;
    private IProject created;

    public NewCaseWizard() {
        setWindowTitle(Messages.NewCase_title);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
    }

    @Override
    public void addPages() {
        page = new WizardNewProjectCreationPage("case");
        page.setTitle(Messages.NewCase_title);
        page.setDescription(Messages.NewCase_description);
        addPage(page);
    }

    @Override
    public boolean performFinish() {
        IProject project = page.getProjectHandle();
        IProjectDescription description = ResourcesPlugin.getWorkspace().newProjectDescription(project.getName());
        if (!page.useDefaults()) {
            description.setLocationURI(page.getLocationURI());
        }
        WorkspaceModifyOperation operation = new WorkspaceModifyOperation() {
            @Override
            protected void execute(org.eclipse.core.runtime.IProgressMonitor monitor) throws CoreException {
                SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.NewCase_task, project.getName()), 2);
                project.create(description, progress.split(1));
                project.open(progress.split(1));
            }
        };
        try {
            getContainer().run(true, true, operation);
            created = project;
            return true;
        } catch (InvocationTargetException e) {
            MessageDialog.openError(getShell(), Messages.NewCase_title,
                    NLS.bind(Messages.NewCase_cannotCreate, e.getCause().getMessage()));
            return false;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /** The project made by the last finish, or null. */
    public IProject created() {
        return created;
    }
}
