package glossa.ui.internal.transfer;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

import glossa.exchange.ExportFormat;
import glossa.exchange.FormatRegistry;
import glossa.exchange.export.ExportOptions;
import glossa.ui.internal.cases.CaseResources;
import glossa.ui.internal.cases.ExportCaseHandler;
import glossa.ui.internal.nls.Labels;

/**
 * File &gt; Export &gt; Glossa &gt; Case as One File: the wizard form of Export Case… (the Project Explorer's command and
 * the Case Summary's button), so that the one Export list holds it. The formats are the registry's case exports;
 * the job is {@link ExportCaseHandler#export}, which refuses to write over the case's own files.
 */
public final class ExportCaseWizard extends Wizard implements IExportWizard {

    private Page page;
    private IProject selected;
    private Job job;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        selected = CaseResources.projectOf(selection);
        setWindowTitle(Messages.ExportCase_windowTitle);
    }

    @Override
    public void addPages() {
        page = new Page(selected);
        addPage(page);
    }

    /** Sets the target file as typing would (tests). */
    public void setTarget(Path target) {
        page.target.setText(target.toString());
    }

    /** The export job once Finish was pressed (tests wait for it), else null. */
    public Job job() {
        return job;
    }

    @Override
    public boolean performFinish() {
        if (java.nio.file.Files.exists(page.path()) && !org.eclipse.jface.dialogs.MessageDialog.openQuestion(getShell(),
                Messages.ExportCase_title, org.eclipse.osgi.util.NLS.bind(Messages.ExportCase_overwrite, page.path()))) {
            return false;
        }
        job = ExportCaseHandler.export(page.project(), page.format(), ExportOptions.defaults(), page.path());
        job.schedule();
        return true;
    }

    private static final class Page extends CasePage {

        private final List<ExportFormat> formats = FormatRegistry.instance().caseExportFormats();
        private Combo formatChoice;
        private Text target;

        Page(IProject selected) {
            super("case", Messages.ExportCase_title, Messages.ExportCase_description, selected); //$NON-NLS-1$
        }

        @Override
        void fillBody(Composite body) {
            new Label(body, SWT.NONE).setText(Messages.ExportCase_format);
            formatChoice = new Combo(body, SWT.READ_ONLY);
            formatChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            for (ExportFormat format : formats) {
                formatChoice.add(Labels.exportFormat(format, true));
            }
            formatChoice.select(0);
            formatChoice.addListener(SWT.Selection, e -> followFormat());
            new Label(body, SWT.NONE).setText(Messages.ExportCase_file);
            target = new Text(body, SWT.BORDER);
            GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
            data.widthHint = 360;
            target.setLayoutData(data);
            target.addListener(SWT.Modify, e -> update());
            Button browse = new Button(body, SWT.PUSH);
            browse.setText(Messages.ExportCase_browse);
            browse.addListener(SWT.Selection, e -> browse());
        }

        /** A chosen format gives the file name its extension. */
        private void followFormat() {
            FileNames.followExtension(target, format().extension());
            update();
        }

        private void browse() {
            FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
            dialog.setText(Messages.ExportCase_title);
            dialog.setFilterExtensions(new String[] { "*." + format().extension() }); //$NON-NLS-1$
            IProject project = project();
            dialog.setFileName((project == null ? "case" : project.getName()) + "." + format().extension()); //$NON-NLS-1$ //$NON-NLS-2$
            dialog.setOverwrite(true);
            String chosen = dialog.open();
            if (chosen != null) {
                target.setText(chosen);
            }
        }

        ExportFormat format() {
            return formats.get(Math.max(0, formatChoice.getSelectionIndex()));
        }

        Path path() {
            return Path.of(target.getText().strip());
        }

        @Override
        String problem() {
            String name = target == null ? "" : target.getText().strip(); //$NON-NLS-1$
            if (name.isEmpty()) {
                return Messages.ExportCase_noFile;
            }
            Path path = Path.of(name);
            return path.isAbsolute() && path.getFileName() != null ? null : Messages.ExportCase_absolute;
        }
    }
}
