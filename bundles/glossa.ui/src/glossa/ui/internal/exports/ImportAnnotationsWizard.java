package glossa.ui.internal.exports;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.PageChangingEvent;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;

import glossa.core.AnnotatedArticle;
import glossa.exchange.imports.ImportResult;
import glossa.exchange.imports.Importer;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.nls.Messages;

/**
 * File &gt; Import &gt; Glossa Annotations: reads a JSON-LD or CSV export for the active editor's article (in the wizard's
 * progress area, cancellable), shows the import report, and on Finish adds what was read as one undoable command.
 * Nothing touches the document before Finish.
 */
public final class ImportAnnotationsWizard extends ArticleWizard implements IImportWizard {

    public static final String ID = "glossa.ui.importAnnotationsWizard";
    private static final String TITLE = Messages.ImportAnnotations_title;
    private static final String MENU_PATH = Messages.Menu_fileImport;

    private ImportSourcePage sourcePage;
    private ImportReportPage reportPage;
    private ImportResult result;

    public ImportAnnotationsWizard() {
        super(TITLE, MENU_PATH);
    }

    public ImportAnnotationsWizard(GlossaEditorContext context) {
        super(TITLE, MENU_PATH, context);
    }

    @Override
    protected void addArticlePages() {
        sourcePage = new ImportSourcePage();
        reportPage = new ImportReportPage();
        addPage(sourcePage);
        addPage(reportPage);
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
        if (event.getTargetPage() == reportPage && event.getCurrentPage() == sourcePage) {
            event.doit = read();
        }
    }

    private boolean read() {
        result = null;
        Path file = sourcePage.path();
        Importer importer = sourcePage.importer();
        AnnotatedArticle article = context().article();
        ImportResult[] read = new ImportResult[1];
        try {
            getContainer().run(true, true, monitor -> {
                try (InputStream in = Files.newInputStream(file)) {
                    read[0] = importer.read(article, in, monitor);
                } catch (OperationCanceledException e) {
                    throw new InterruptedException();
                } catch (IOException | RuntimeException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InterruptedException e) {
            sourcePage.setMessage(Messages.ImportAnnotations_cancelled, IMessageProvider.WARNING);
            return false;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            sourcePage.setErrorMessage(NLS.bind(Messages.ImportAnnotations_cannotRead, file,
                    cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
            return false;
        }
        sourcePage.setMessage(null);
        result = read[0];
        reportPage.show(result, file.getFileName().toString());
        return true;
    }

    @Override
    public boolean canFinish() {
        return context() != null && result != null && getContainer().getCurrentPage() == reportPage
                && reportPage.isPageComplete();
    }

    @Override
    public boolean performFinish() {
        if (!context().execute(ImportCommands.add(context().editingDomain(), context().article().document(), result))) {
            reportPage.setErrorMessage(Messages.ImportAnnotations_readOnly);
            return false;
        }
        return true;
    }

    public ImportSourcePage sourcePage() {
        return sourcePage;
    }

    public ImportReportPage reportPage() {
        return reportPage;
    }

    /** What the last read found, or null. */
    public ImportResult result() {
        return result;
    }
}
