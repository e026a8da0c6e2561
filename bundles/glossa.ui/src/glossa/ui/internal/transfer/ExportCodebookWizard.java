package glossa.ui.internal.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

import glossa.core.cases.CaseCodebook;
import glossa.core.io.AtomicFileWriter;
import glossa.core.io.FileErrors;
import glossa.exchange.CodebookFormat;
import glossa.model.Codebook;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.cases.CaseCodebooks;
import glossa.ui.internal.cases.CaseResources;
import glossa.ui.internal.codebook.CaseTypeCounts;
import glossa.ui.internal.exports.ActiveArticle;

/**
 * File &gt; Export &gt; Glossa &gt; Codebook: the codebook alone, the case's shared one or the open article's, in any
 * codebook format of the registry (what {@code glossa-cli codebook export} and the Codebook view's Export write). The
 * file is written atomically in a job; an existing file is replaced only when the analyst agrees.
 */
public final class ExportCodebookWizard extends Wizard implements IExportWizard {

    private Page page;
    private IProject selected;
    private GlossaEditorContext article;
    private Job job;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        article = ActiveArticle.of(workbench);
        selected = CaseResources.projectOf(selection);
        if (selected == null && article != null) {
            selected = CaseTypeCounts.projectOf(article.article().articlePath());
        }
        setWindowTitle(Messages.ExportCodebook_windowTitle);
    }

    @Override
    public void addPages() {
        page = new Page(selected, new CodebookChoice(article));
        addPage(page);
    }

    /** Sets the target file as typing would (tests). */
    public void setTarget(Path target) {
        page.target.setText(target.toString());
    }

    /** Chooses the format by its id as the combo would (tests). */
    public void chooseFormat(String id) {
        page.choice.formats().stream().filter(f -> f.id().equals(id)).findFirst().ifPresent(f -> {
            page.choice.choose(f);
            page.followFormat();
        });
    }

    /** Chooses the open article's codebook or the case's (tests). */
    public void chooseArticle(boolean article) {
        page.choice.chooseArticle(article);
        page.ownerChanged();
    }

    /** The formats as the page lists them (tests). */
    public List<String> formatNames() {
        return page.choice.formatNames();
    }

    /** The export job once Finish was pressed (tests wait for it), else null. */
    public Job job() {
        return job;
    }

    @Override
    public boolean performFinish() {
        Path target = page.path();
        if (Files.exists(target) && !MessageDialog.openQuestion(getShell(), Messages.ExportCodebook_title,
                NLS.bind(Messages.ExportCase_overwrite, target))) {
            return false;
        }
        CodebookFormat format = page.choice.format();
        if (page.choice.ofArticle()) {
            // The document belongs to the UI thread: serialise it here, write the file in the job.
            byte[] bytes;
            try {
                bytes = bytes(format, page.choice.article().article().document().getCodebook());
            } catch (IOException | RuntimeException e) {
                page.setErrorMessage(NLS.bind(Messages.ExportCodebook_failed, target, e.getMessage()));
                return false;
            }
            job = Job.create(NLS.bind(Messages.ExportCodebook_job, target), monitor -> {
                return write(target, bytes);
            });
        } else {
            IProject project = page.project();
            job = Job.create(NLS.bind(Messages.ExportCodebook_job, target), monitor -> {
                byte[] bytes;
                try {
                    CaseCodebook caseCodebook = CaseCodebooks.of(project);
                    bytes = bytes(format, caseCodebook.snapshot());
                } catch (IOException | RuntimeException e) {
                    return Status.error(NLS.bind(Messages.ExportCodebook_failed, target, e.getMessage()), e);
                }
                return write(target, bytes);
            });
        }
        job.setUser(true);
        job.schedule();
        return true;
    }

    private static byte[] bytes(CodebookFormat format, Codebook codebook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(codebook, out);
        return out.toByteArray();
    }

    private static org.eclipse.core.runtime.IStatus write(Path target, byte[] bytes) {
        try {
            new AtomicFileWriter().write(target, bytes);
            return Status.OK_STATUS;
        } catch (IOException e) {
            return Status.error(NLS.bind(Messages.ExportCodebook_failed, target, FileErrors.reason(e)), e);
        }
    }

    private static final class Page extends CasePage {

        private final CodebookChoice choice;
        private Text target;

        Page(IProject selected, CodebookChoice choice) {
            super("codebook", Messages.ExportCodebook_title, Messages.ExportCodebook_description, selected); //$NON-NLS-1$
            this.choice = choice;
        }

        @Override
        void fillBody(Composite body) {
            choice.addOwner(body, Messages.ExportCodebook_of, project() == null, this::ownerChanged);
            choice.addFormat(body, this::followFormat);
            new Label(body, SWT.NONE).setText(Messages.ExportCase_file);
            target = new Text(body, SWT.BORDER);
            GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
            data.widthHint = 360;
            target.setLayoutData(data);
            target.addListener(SWT.Modify, e -> update());
            Button browse = new Button(body, SWT.PUSH);
            browse.setText(Messages.ExportCase_browse);
            browse.addListener(SWT.Selection, e -> browse());
            enableCase(!choice.ofArticle());
        }

        void ownerChanged() {
            enableCase(!choice.ofArticle());
            update();
        }

        void followFormat() {
            FileNames.followExtension(target, choice.format().extension());
            update();
        }

        private void browse() {
            FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
            dialog.setText(Messages.ExportCodebook_title);
            dialog.setFilterExtensions(new String[] { "*." + choice.format().extension() }); //$NON-NLS-1$
            dialog.setFilterNames(new String[] { glossa.ui.internal.nls.Labels.codebookFormat(choice.format()) });
            dialog.setFileName("codebook." + choice.format().extension()); //$NON-NLS-1$
            dialog.setOverwrite(false); // performFinish asks
            String chosen = dialog.open();
            if (chosen != null) {
                target.setText(chosen);
            }
        }

        Path path() {
            return FileNames.absolute(target);
        }

        @Override
        boolean needsCase() {
            return !choice.ofArticle();
        }

        @Override
        String problem() {
            if (target == null || target.getText().isBlank()) {
                return Messages.ExportCase_noFile;
            }
            return path() == null ? Messages.ExportCase_absolute : null;
        }
    }
}
