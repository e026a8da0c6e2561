package glossa.ui.internal.transfer;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.PageChangingEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import glossa.core.cases.CaseCodebook;
import glossa.core.io.FileErrors;
import glossa.exchange.imports.CodebookImport;
import glossa.exchange.imports.ImportResult;
import glossa.model.Codebook;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.cases.CaseCodebooks;
import glossa.ui.internal.cases.CaseResources;
import glossa.ui.internal.codebook.CaseTypeCounts;
import glossa.ui.internal.codebook.CodebookFileReader;
import glossa.ui.internal.codebook.ImportCodebookHandler;
import glossa.ui.internal.exports.ActiveArticle;

/**
 * File &gt; Import &gt; Glossa &gt; Codebook: adds the types of a codebook file (any codebook format of the registry)
 * that the case's shared codebook or the open article's lacks, as {@code glossa-cli codebook import} and the Codebook
 * view's Import do ({@link CodebookImport}: types are only added, a type with the id or the name of one already there
 * is reported and left out). Next reads the file and shows what would be added; nothing changes before Finish. Into
 * the article the import is one undoable step; into the case it is saved at once, and open articles of the case
 * receive the types as when another article adds one.
 */
public final class ImportCodebookWizard extends Wizard implements IImportWizard {

    private ImportCodebookPage source;
    private CodebookReportPage report;
    private IProject selected;
    private GlossaEditorContext article;
    private Codebook read;
    private Path readFile;
    private CaseCodebook caseCodebook;
    private ImportResult result;

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        article = ActiveArticle.of(workbench);
        selected = CaseResources.projectOf(selection);
        if (selected == null && article != null) {
            selected = CaseTypeCounts.projectOf(article.article().articlePath());
        }
        setWindowTitle(Messages.ImportCodebook_windowTitle);
        setNeedsProgressMonitor(true);
    }

    @Override
    public void addPages() {
        source = new ImportCodebookPage(selected, new CodebookChoice(article));
        report = new CodebookReportPage();
        addPage(source);
        addPage(report);
    }

    @Override
    public void setContainer(IWizardContainer container) {
        super.setContainer(container);
        if (container instanceof WizardDialog dialog) {
            dialog.addPageChangingListener(this::pageChanging);
        }
    }

    /** Moving on to the report reads the file (again: the analyst may have chosen another one). */
    private void pageChanging(PageChangingEvent event) {
        if (event.getTargetPage() == report && event.getCurrentPage() == source) {
            event.doit = read();
        }
    }

    private boolean read() {
        read = null;
        Path file = source.path();
        var format = source.choice.format();
        IProject project = source.choice.ofArticle() ? null : source.project();
        Codebook[] codebook = new Codebook[1];
        CaseCodebook[] shared = new CaseCodebook[1];
        ImportResult[] preview = new ImportResult[1];
        try {
            getContainer().run(true, false, monitor -> {
                try {
                    codebook[0] = CodebookFileReader.read(file, format);
                } catch (CodebookFileReader.UnreadableCodebook e) {
                    throw new InvocationTargetException(e, e.getMessage());
                }
                if (project != null) {
                    try {
                        shared[0] = CaseCodebooks.of(project);
                    } catch (IOException e) {
                        throw new InvocationTargetException(e, NLS.bind(Messages.ImportCodebook_cannotLoad,
                                project.getName(), e.getMessage()));
                    }
                    preview[0] = CodebookImport.additions(shared[0].snapshot(), codebook[0]);
                }
            });
        } catch (InvocationTargetException e) {
            source.setErrorMessage(NLS.bind(Messages.ImportCodebook_cannotRead, e.getMessage() != null
                    ? e.getMessage() : String.valueOf(e.getCause())));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (project == null) {
            preview[0] = CodebookImport.additions(article.article().document().getCodebook(), codebook[0]);
        }
        read = codebook[0];
        readFile = file;
        caseCodebook = shared[0];
        report.show(preview[0], file.getFileName().toString());
        return true;
    }

    @Override
    public boolean canFinish() {
        return read != null && getContainer().getCurrentPage() == report && report.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        if (caseCodebook == null) {
            if (!article.isEditable()) {
                report.setErrorMessage(Messages.ImportCodebook_readOnly);
                return false;
            }
            result = ImportCodebookHandler.addTypes(article, read, readFile);
            return true;
        }
        // Counted again on the codebook as it is now: an article may have added a type since Next.
        result = caseCodebook.edit(codebook -> {
            ImportResult additions = CodebookImport.additions(codebook, read);
            CodebookImport.applyTo(codebook, additions.types());
            return additions;
        });
        if (result.types().isEmpty()) {
            return true;
        }
        IProject project = source.project();
        try {
            getContainer().run(true, false, monitor -> {
                try {
                    caseCodebook.save();
                    project.getFile(CaseCodebook.FILE_NAME).refreshLocal(0, monitor);
                } catch (IOException e) {
                    throw new InvocationTargetException(e, NLS.bind(Messages.ImportCodebook_cannotSave,
                            caseCodebook.file(), FileErrors.reason(e)));
                } catch (CoreException e) {
                    // Saved; the workspace only learns of it at the next refresh.
                }
            });
        } catch (InvocationTargetException e) {
            // The types stay in the case codebook in memory; the next save of the case (or Finish again) writes them.
            report.setErrorMessage(e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return true;
    }

    /** Sets the file to read as typing would; the format follows its extension (tests). */
    public void setSource(Path file) {
        source.file.setText(file.toString());
    }

    /** Chooses the open article's codebook or the case's (tests). */
    public void chooseArticle(boolean chosen) {
        source.choice.chooseArticle(chosen);
        source.ownerChanged();
    }

    /** The formats as the page lists them (tests). */
    public List<String> formatNames() {
        return source.choice.formatNames();
    }

    /** The id of the format chosen (tests). */
    public String formatId() {
        return source.choice.format().id();
    }

    public org.eclipse.jface.wizard.IWizardPage reportPage() {
        return report;
    }

    /** The report page's rows, "action: text" (tests). */
    public List<String> reportRows() {
        return report.shownRows();
    }

    /** The source page's error, or null (tests). */
    public String sourceError() {
        return source.getErrorMessage();
    }

    /** What Finish added, or null before it. */
    public ImportResult result() {
        return result;
    }
}
