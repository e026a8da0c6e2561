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
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import glossa.exchange.imports.ImportReport;
import glossa.exchange.imports.ImportReport.Problem;
import glossa.exchange.imports.ImportResult;

/** Import page 2: what reading the file found; every problem names its record and, for CSV, its line. */
public final class ImportReportPage extends WizardPage {

    private Label summary;
    private TableViewer problems;

    ImportReportPage() {
        super("report", "Import Report", null);
        setDescription("Check what will be added. Finish adds it as one step that Edit > Undo takes back.");
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
        column("Severity", 80, p -> p.severity().name().toLowerCase(java.util.Locale.ROOT));
        column("Record", 60, p -> p.record() == 0 ? "file" : Integer.toString(p.record()));
        column("Line", 50, p -> p.line() == 0 ? "" : Integer.toString(p.line()));
        column("Problem", 500, Problem::message);
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
        summary.setText(fileName + ": " + report.records() + " records read; " + annotations + " annotations"
                + (relations > 0 ? " and " + relations + " relations" : "") + " will be added"
                + (report.alreadyPresent() > 0 ? " (" + report.alreadyPresent() + " already present)" : "") + ". "
                + (report.isClean() ? "No problems." : report.problems().size() + " problems:"));
        List<Problem> list = report.problems();
        problems.setInput(list);
        if (annotations == 0 && relations == 0 && report.alreadyPresent() > 0 && report.errors().isEmpty()) {
            setMessage(null);
            setErrorMessage("Everything in " + fileName + " is already in this article.");
        } else if (annotations == 0) {
            setMessage(null);
            setErrorMessage("Nothing in " + fileName + " can be imported into this article.");
        } else if (!report.errors().isEmpty()) {
            setErrorMessage(null);
            setMessage(report.errors().size() + " records are left out; see the list.", IMessageProvider.WARNING);
        } else {
            setErrorMessage(null);
            setMessage(null);
        }
        setPageComplete(annotations > 0);
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
