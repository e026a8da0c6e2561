package glossa.ui.internal.exports;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.function.Predicate;

import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IExportWizard;

import glossa.core.AnnotatedArticle;
import glossa.exchange.export.ExportDestination;
import glossa.exchange.export.ExportModel;
import glossa.exchange.export.ExportOptions;
import glossa.ui.GlossaEditorContext;
import glossa.ui.GlossaUiPlugin;
import glossa.ui.internal.nls.Labels;
import glossa.ui.internal.nls.Messages;

/**
 * File &gt; Export &gt; Glossa Report: exports the active editor's article to HTML, Markdown, CSV or W3C Web Annotation
 * JSON-LD. The export runs in the wizard's own progress area, can be cancelled, and writes atomically; a failure keeps
 * the wizard open with the file named in the error.
 */
public final class ExportReportWizard extends ArticleWizard implements IExportWizard {

    public static final String ID = "glossa.ui.exportReportWizard";
    private static final String SETTINGS = "ExportReportWizard";
    private static final String TITLE = Messages.ExportReport_title;
    private static final String MENU_PATH = Messages.Menu_fileExport;

    private ExportFormatPage formatPage;
    private ExportFilterPage filterPage;
    private ExportFinishPage finishPage;

    /** For the platform's File &gt; Export dialog, which then calls {@link #init}. */
    public ExportReportWizard() {
        super(TITLE, MENU_PATH);
        useDialogSettings();
    }

    /** For the Export Report command: exports the given editor's article. */
    public ExportReportWizard(GlossaEditorContext context) {
        super(TITLE, MENU_PATH, context);
        useDialogSettings();
    }

    private void useDialogSettings() {
        setDialogSettings(DialogSettings.getOrCreateSection(GlossaUiPlugin.getDefault().getDialogSettings(), SETTINGS));
    }

    @Override
    protected void addArticlePages() {
        AnnotatedArticle article = context().article();
        formatPage = new ExportFormatPage(article.articlePath());
        filterPage = new ExportFilterPage(article.document(), context().filter());
        finishPage = new ExportFinishPage(this::summary);
        addPage(formatPage);
        addPage(filterPage);
        addPage(finishPage);
        // One state, two controls: the format's HTML variant and the filter page's full-text box.
        formatPage.onKindChanged(() -> filterPage.updateKind(formatPage.kind()));
        filterPage.onFullTextChanged(() -> formatPage.setKind(formatPage.kind().withFullText(filterPage.fullTextSelected())));
    }

    @Override
    public void createPageControls(org.eclipse.swt.widgets.Composite pageContainer) {
        super.createPageControls(pageContainer);
        if (formatPage != null) {
            filterPage.updateKind(formatPage.kind());
        }
    }

    @Override
    public boolean canFinish() {
        return context() != null && formatPage.isPageComplete() && filterPage.isPageComplete();
    }

    /** The options the pages describe (the date is the moment of the export). */
    public ExportOptions options() {
        return new ExportOptions(filterPage.filter(), filterPage.sections(), formatPage.kind().fullText(), null)
                .withLevels(filterPage.levels()).withBoilerplate(filterPage.boilerplate());
    }

    private String summary() {
        ExportModel model = ExportModel.of(context().article(), options());
        int sections = filterPage.sections().isEmpty() ? filterPage.sectionCount() : filterPage.sections().size();
        String sectionText = filterPage.sectionCount() == 0 ? Messages.ExportReportWizard_wholeText
                : NLS.bind(Messages.ExportReportWizard_sectionsOf, sections, filterPage.sectionCount());
        return NLS.bind(Messages.ExportReportWizard_summary, new Object[] { formatPage.kind().label(),
                formatPage.destinationPath(), model.annotations().size(),
                context().article().document().getAnnotations().size(), sectionText,
                Labels.describe(options().filter()) });
    }

    @Override
    public boolean performFinish() {
        Path target = formatPage.destinationPath();
        ReportKind kind = formatPage.kind();
        WizardPage page = currentPage();
        if (!destinationAccepted(target, page)) {
            return false;
        }
        ReportExport export = new ReportExport(context().article(), kind.format(), options(), target);
        try {
            getContainer().run(true, true, export);
        } catch (InterruptedException e) {
            page.setMessage(NLS.bind(Messages.ExportReportWizard_cancelled, target.getFileName()),
                    IMessageProvider.WARNING);
            return false;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            page.setErrorMessage(NLS.bind(Messages.ExportReportWizard_failed, target, reason));
            return false;
        }
        formatPage.saveSettings();
        finishPage.saveSettings();
        if (finishPage.openWhenDone()) {
            ResultOpener.open(getShell(), target, kind);
        }
        return true;
    }

    /**
     * The article and its sidecar are never a destination (a page error); another existing file is replaced only
     * when the analyst says so.
     */
    private boolean destinationAccepted(Path target, WizardPage page) {
        try {
            ExportDestination.check(target, Collections.singletonList(context().article().articlePath()), false);
            return true;
        } catch (ExportDestination.Refused e) {
            if (e.kind() != ExportDestination.Refused.Kind.EXISTS) {
                page.setErrorMessage(e.getMessage());
                return false;
            }
            return confirmReplace.test(target);
        }
    }

    private Predicate<Path> confirmReplace = target -> MessageDialog.openQuestion(getShell(),
            Messages.ExportReportWizard_replaceTitle,
            NLS.bind(Messages.ExportReportWizard_replaceQuestion, target.getFileName(), target.getParent()));

    /** Tests answer the "Replace File" question without a dialog. */
    public void setReplaceConfirmation(Predicate<Path> answer) {
        this.confirmReplace = answer;
    }

    private WizardPage currentPage() {
        IWizardPage page = getContainer() == null ? null : getContainer().getCurrentPage();
        return page instanceof WizardPage p ? p : formatPage;
    }

    public ExportFormatPage formatPage() {
        return formatPage;
    }

    public ExportFilterPage filterPage() {
        return filterPage;
    }

    public ExportFinishPage finishPage() {
        return finishPage;
    }
}
