package glossa.ui.internal.views;

import java.io.IOException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IWorkbenchActionConstants;

import glossa.core.agreement.Adjudication;
import glossa.core.agreement.AgreementReport;
import glossa.core.agreement.ArticleCoding;
import glossa.core.agreement.CodedSpan;
import glossa.core.agreement.Disagreement;
import glossa.exchange.agreement.AgreementReportFormat;
import glossa.exchange.export.ExportDestination;
import glossa.exchange.export.ExportFiles;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.agreement.AcceptCodingHandler;
import glossa.ui.internal.agreement.Messages;

/**
 * Inter-coder agreement of the active article: a coders x types table of one coefficient at a time, the
 * disagreements in text (so section) order, and the selected disagreement's codings side by side. Figures are
 * computed by {@link AgreementJob} from a copy of the annotations, anew after every change of the document (undo
 * included). Accepting one coder's coding of a disagreement ({@link AcceptCodingHandler}) is one undoable command in
 * the editor's history.
 */
public class AgreementView extends EditorFollowingView {

    public static final String ID = "glossa.ui.views.agreement";

    private CoefficientTable coefficients;
    private Combo coefficientChoice;
    private Label summary;
    private TableViewer disagreementViewer;
    private final List<String> coderColumns = new ArrayList<>();
    private CodingComparison comparison;
    private AgreementFigures figures;
    private AgreementJob job;
    private int generation;
    private boolean computing;
    private int reselectAt = -1;
    /** Compare with Branch…: the working sidecar against a branch's; null: the authors of the working sidecar. */
    private BranchComparison branchComparison;

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(root);
        Composite header = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(header);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        summary = new Label(header, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(200, SWT.DEFAULT)
                .applyTo(summary);
        new Label(header, SWT.NONE).setText(Messages.View_show);
        coefficientChoice = new Combo(header, SWT.READ_ONLY);
        for (CoefficientTable.Kind kind : CoefficientTable.Kind.values()) {
            coefficientChoice.add(kind.label());
        }
        coefficientChoice.select(0);
        coefficientChoice.addListener(SWT.Selection,
                e -> coefficients.setKind(CoefficientTable.Kind.values()[coefficientChoice.getSelectionIndex()]));
        // As tall as its rows (one per comparison): the disagreements below get the rest.
        coefficients = new CoefficientTable(root);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(coefficients.control());

        Label title = new Label(root, SWT.WRAP);
        title.setText(Messages.Disagreements_title);
        GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(title);
        SashForm sash = new SashForm(root, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        disagreementViewer = new TableViewer(sash,
                SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
        disagreementViewer.getTable().setHeaderVisible(true);
        disagreementViewer.getTable().setLinesVisible(true);
        disagreementViewer.setContentProvider(ArrayContentProvider.getInstance());
        disagreementViewer.addSelectionChangedListener(e -> compareSelected());
        disagreementViewer.addDoubleClickListener(e -> revealSelected());
        MenuManager menu = new MenuManager();
        menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        disagreementViewer.getTable().setMenu(menu.createContextMenu(disagreementViewer.getTable()));
        getSite().registerContextMenu(menu, disagreementViewer);
        getSite().setSelectionProvider(disagreementViewer);

        comparison = new CodingComparison(sash);
        sash.setWeights(62, 38);
        followActiveEditor();
    }

    @Override
    protected void contextChanged() {
        reselectAt = -1;
        branchComparison = null;
        recompute();
    }

    @Override
    protected void filterChanged() {
        // Agreement compares every annotation of the coders, whatever the editor shows.
    }

    @Override
    protected void documentChanged(DocumentChanges changes) {
        recompute();
    }

    /** Copies the annotations (here, on the UI thread) and computes the figures in a job. */
    private void recompute() {
        if (summary == null || summary.isDisposed()) {
            return;
        }
        if (job != null) {
            job.cancel();
        }
        GlossaEditorContext context = context();
        if (context == null) {
            computing = false;
            showFigures(null);
            return;
        }
        int current = ++generation;
        computing = true;
        setContentDescription(Messages.View_computing);
        ArticleCoding coding = branchComparison == null ? ArticleCoding.of(context.article())
                : branchComparison.coding(context.article());
        job = new AgreementJob(coding, result -> summary.getDisplay().asyncExec(() -> {
            if (current == generation && !summary.isDisposed()) {
                computing = false;
                showFigures(result);
            }
        }));
        job.schedule();
    }

    private void showFigures(AgreementFigures next) {
        figures = next;
        List<String> coders = next == null ? List.of() : next.all().coders();
        setContentDescription(branchComparison == null ? describe(next)
                : MessageFormat.format(Messages.Branch_description, branchComparison.branch(), describe(next)));
        summary.setText(next == null || coders.size() < 2 ? "" : MessageFormat.format(Messages.View_summary,
                coders.size(), String.join(", ", coders), next.all().characters(), next.disagreements().size(),
                next.open()));
        coefficients.show(next);
        if (!coderColumns.equals(coders)) {
            for (TableColumn column : disagreementViewer.getTable().getColumns()) {
                column.dispose();
            }
            coderColumns.clear();
            coderColumns.addAll(coders);
            column(Messages.Disagreements_section, 90, d -> d.section() == null ? "" : d.section().path());
            column(Messages.Disagreements_span, 75, d -> d.begin() + "\u2013" + d.end());
            for (String coder : coders) {
                column(coder, 110, d -> coding(d.byCoder().getOrDefault(coder, List.of())));
            }
            column(Messages.Disagreements_stands, 80, d -> d.standing().isEmpty() ? Messages.Disagreements_nobody
                    : String.join(", ", d.standing()));
        }
        List<Disagreement> rows = next == null ? List.of() : next.disagreements();
        disagreementViewer.setInput(rows);
        Disagreement again = rows.stream().filter(d -> d.begin() == reselectAt).findFirst().orElse(null);
        if (again != null) {
            disagreementViewer.setSelection(new StructuredSelection(again), true);
        }
        compareSelected();
        summary.getParent().getParent().layout(true, true);
    }

    private String describe(AgreementFigures next) {
        if (context() == null) {
            return annotationsLoading() ? Messages.View_loading : Messages.View_noEditor;
        }
        if (next == null || next.all().coders().isEmpty()) {
            return Messages.View_noCoders;
        }
        if (next.all().coders().size() == 1) {
            return MessageFormat.format(Messages.View_oneCoder, next.all().coders().get(0));
        }
        return "";
    }

    private interface Cell {
        String text(Disagreement d);
    }

    private void column(String title, int width, Cell cell) {
        TableViewerColumn column = new TableViewerColumn(disagreementViewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return cell.text((Disagreement) element);
            }
        });
    }

    private String coding(List<CodedSpan> spans) {
        if (spans.isEmpty()) {
            return Messages.Disagreements_nothing;
        }
        List<String> parts = new ArrayList<>();
        for (CodedSpan span : spans) {
            parts.add(figures.coding().typeNames().getOrDefault(span.type(), span.type())
                    + (span.status() == glossa.model.AnnotationStatus.REJECTED
                            ? " (" + Messages.Disagreements_rejected + ")" : ""));
        }
        return String.join(", ", parts);
    }

    /** The selected disagreement, or null. */
    public Disagreement selectedDisagreement() {
        return disagreementViewer.getStructuredSelection().getFirstElement() instanceof Disagreement d ? d : null;
    }

    private void compareSelected() {
        Disagreement d = selectedDisagreement();
        GlossaEditorContext context = context();
        comparison.show(context == null ? null : d, context == null ? "" : context.article().text(),
                figures == null ? java.util.Map.of() : figures.coding().typeNames());
    }

    private void revealSelected() {
        Disagreement d = selectedDisagreement();
        GlossaEditorContext context = context();
        if (d != null && context != null) {
            context.reveal(d.begin(), d.end());
            getViewSite().getActionBars().getStatusLineManager()
                    .setMessage(MessageFormat.format(Messages.Compare_revealed, d.begin(), d.end()));
        }
    }

    /**
     * Accepts {@code coder}'s coding of the selected disagreement: one undoable command (see {@link Adjudication}).
     * Returns whether anything changed.
     */
    public boolean accept(String coder) {
        Disagreement d = selectedDisagreement();
        GlossaEditorContext context = context();
        if (d == null || context == null || coder == null || !Adjudication.changes(d, coder)) {
            return false;
        }
        if (branchComparison != null) {
            // The branch's annotations are not in the editor's document: there is nothing there to confirm.
            getViewSite().getActionBars().getStatusLineManager().setErrorMessage(Messages.Branch_noAdjudication);
            return false;
        }
        if (!context.isEditable()) {
            getViewSite().getActionBars().getStatusLineManager().setErrorMessage(Messages.Accept_readOnly);
            return false;
        }
        Command command = Adjudication.accept(context.editingDomain(), d, coder,
                MessageFormat.format(Messages.Accept_label, coder));
        reselectAt = d.begin();
        return context.execute(command);
    }

    /**
     * Writes the agreement report of the shown article (the article, then each top-level section) to {@code target},
     * HTML or CSV by its extension, in a job; returns the job, or null when there is nothing to report.
     */
    public Job exportReport(Path target) {
        GlossaEditorContext context = context();
        AgreementReportFormat format = AgreementReportFormat.of(target);
        if (figures == null || context == null || format == null) {
            return null;
        }
        ArticleCoding coding = figures.coding();
        List<Path> inputs = new ArrayList<>();
        inputs.add(context.article().articlePath());
        org.eclipse.swt.widgets.Display display = summary.getDisplay();
        Job write = Job.create(MessageFormat.format(Messages.Report_job, target.getFileName()), monitor -> {
            try {
                AgreementReport report = AgreementReport.forArticle(coding, null, null);
                // The dialog asked before replacing a file; an article or its sidecar is never replaced.
                Path checked = ExportDestination.check(target, inputs, true);
                ExportFiles.write(checked, out -> format.write(report, LocalDate.now(), out));
                display.asyncExec(() -> {
                    if (!summary.isDisposed()) {
                        getViewSite().getActionBars().getStatusLineManager()
                                .setMessage(MessageFormat.format(Messages.Report_written, checked));
                    }
                });
                return Status.OK_STATUS;
            } catch (IOException e) {
                return Status.error(MessageFormat.format(Messages.Report_failed, target, e.getMessage()), e);
            }
        });
        write.setUser(true);
        write.schedule();
        return write;
    }

    /** The figures shown (for tests), or null. */
    /**
     * Compares the working sidecar with the article's sidecar on {@code branch} (read in the returned job), or, with
     * null, goes back to comparing the authors of the working sidecar (no job).
     */
    public Job compareWithBranch(String branch) {
        GlossaEditorContext context = context();
        if (branch == null || context == null) {
            branchComparison = null;
            recompute();
            return null;
        }
        org.eclipse.swt.widgets.Display display = summary.getDisplay();
        Job load = BranchComparison.load(context.article().articlePath(), branch, loaded -> display.asyncExec(() -> {
            if (!summary.isDisposed() && context() == context) {
                branchComparison = loaded;
                recompute();
            }
        }));
        load.schedule();
        return load;
    }

    /** The branch the working sidecar is compared with, or null when the view compares authors. */
    public String comparedBranch() {
        return branchComparison == null ? null : branchComparison.branch();
    }

    /** The article the view shows, or null. */
    public Path articlePath() {
        GlossaEditorContext context = context();
        return context == null ? null : context.article().articlePath();
    }

    public AgreementFigures figures() {
        return figures;
    }

    /** True while a computation is under way (for tests). */
    public boolean isComputing() {
        return computing;
    }

    /** For tests: the coders x types table's cell (row, column) as shown. */
    public String coefficientCell(int row, int column) {
        return coefficients.cell(row, column);
    }

    /** For tests and handlers: shows another coefficient in the coders x types table. */
    public void showCoefficient(int kindIndex) {
        coefficientChoice.select(kindIndex);
        coefficients.setKind(CoefficientTable.Kind.values()[kindIndex]);
    }

    /** For tests: the disagreements table. */
    public TableViewer disagreementViewer() {
        return disagreementViewer;
    }

    /** For tests: the side-by-side passages of the selected disagreement. */
    public List<org.eclipse.swt.custom.StyledText> comparedPassages() {
        return comparison.texts();
    }

    @Override
    public void setFocus() {
        disagreementViewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (job != null) {
            job.cancel();
        }
        super.dispose();
    }
}
