package glossa.ui.internal.exports;

import java.util.List;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import glossa.exchange.imports.ImportReport;
import glossa.exchange.imports.ImportReport.Problem;
import glossa.exchange.imports.ImportResult;
import glossa.ui.internal.nls.Labels;
import glossa.ui.internal.nls.Messages;

/** Import page 2: what reading the file found; every problem names its record and, for CSV, its line. */
public final class ImportReportPage extends WizardPage {

    private Label summary;
    private TableViewer problems;

    ImportReportPage() {
        super("report", Messages.ImportReportPage_title, null);
        setDescription(Messages.ImportReportPage_description);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite composite = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(composite);
        summary = new Label(composite, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).hint(450, SWT.DEFAULT).applyTo(summary);
        problems = new TableViewer(composite, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        problems.getTable().setHeaderVisible(true);
        problems.getTable().setLinesVisible(true);
        column(Messages.ImportReportPage_severity, 80, p -> Labels.severity(p.severity()));
        column(Messages.ImportReportPage_record, 60,
                p -> p.record() == 0 ? Messages.ImportReportPage_file : Integer.toString(p.record()));
        column(Messages.ImportReportPage_line, 50, p -> p.line() == 0 ? "" : Integer.toString(p.line()));
        column(Messages.ImportReportPage_problem, 500, Problem::message);
        problems.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 200).applyTo(problems.getControl());
        setControl(composite);
    }

    private void column(String title, int width, java.util.function.Function<Problem, String> text) {
        TableViewerColumn column = new TableViewerColumn(problems, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Problem) element);
            }
        });
    }

    void show(ImportResult result, String fileName) {
        ImportReport report = result.report();
        int annotations = result.annotations().size();
        int relations = result.relations().size();
        // One clause per key, each with its own punctuation.
        summary.setText((relations > 0
                ? NLS.bind(Messages.ImportReportPage_summaryRelations,
                        new Object[] { fileName, report.records(), annotations, relations })
                : NLS.bind(Messages.ImportReportPage_summary, new Object[] { fileName, report.records(), annotations }))
                + (result.memos().isEmpty() ? "" : NLS.bind(Messages.ImportReportPage_summaryMemos, result.memos().size()))
                + (report.alreadyPresent() > 0 ? NLS.bind(Messages.ImportReportPage_summaryPresent, report.alreadyPresent()) : "")
                + (report.isClean() ? Messages.ImportReportPage_noProblems
                        : NLS.bind(Messages.ImportReportPage_problems, report.problems().size())));
        List<Problem> list = report.problems();
        problems.setInput(list);
        if (result.isEmpty() && report.alreadyPresent() > 0 && report.errors().isEmpty()) {
            setMessage(null);
            setErrorMessage(NLS.bind(Messages.ImportReportPage_allPresent, fileName));
        } else if (result.isEmpty()) {
            setMessage(null);
            setErrorMessage(NLS.bind(Messages.ImportReportPage_nothing, fileName));
        } else if (!report.errors().isEmpty()) {
            setErrorMessage(null);
            setMessage(NLS.bind(Messages.ImportReportPage_leftOut, report.errors().size()), IMessageProvider.WARNING);
        } else {
            setErrorMessage(null);
            setMessage(null);
        }
        setPageComplete(!result.isEmpty()); // annotations, relations or memos
        summary.getParent().layout(true);
    }

    /** The problems as shown in the table, for tests. */
    public List<Problem> shownProblems() {
        Object input = problems.getInput();
        @SuppressWarnings("unchecked")
        List<Problem> list = input instanceof List<?> ? (List<Problem>) input : List.of();
        return list;
    }
}
