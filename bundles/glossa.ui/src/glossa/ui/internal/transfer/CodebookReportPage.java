package glossa.ui.internal.transfer;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import glossa.exchange.imports.ImportReport;
import glossa.exchange.imports.ImportResult;
import glossa.model.AnnotationType;

/**
 * Page 2 of the codebook import: before anything changes, the types the file adds (each with its place) and every
 * type it does not add, with the reason (the same type, or one sharing only its id or only its name). Complete only
 * when there is something to add.
 */
final class CodebookReportPage extends WizardPage {

    private Label summary;
    private Table rows;

    CodebookReportPage() {
        super("report", Messages.ImportCodebook_reportTitle, null); //$NON-NLS-1$
        setDescription(Messages.ImportCodebook_reportDescription);
        setPageComplete(false);
    }

    @Override
    public void createControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        body.setLayout(new GridLayout(1, false));
        summary = new Label(body, SWT.WRAP);
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false);
        wide.widthHint = 640;
        summary.setLayoutData(wide);
        rows = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        rows.setHeaderVisible(true);
        rows.setLinesVisible(true);
        GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
        data.heightHint = 200;
        data.widthHint = 640; // room for a reason without scrolling in most cases
        rows.setLayoutData(data);
        column(Messages.ImportCodebook_action, 110);
        column(Messages.ImportCodebook_type, 720);
        setControl(body);
    }

    private void column(String title, int width) {
        TableColumn column = new TableColumn(rows, SWT.LEFT);
        column.setText(title);
        column.setWidth(width);
    }

    /** Shows what importing {@code fileName} would do, as {@code preview} found it. */
    void show(ImportResult preview, String fileName) {
        rows.removeAll();
        for (ImportResult.TypeAddition addition : preview.types()) {
            addAll(addition.type(), addition.parent());
        }
        ImportReport report = preview.report();
        for (ImportReport.Problem problem : report.problems()) {
            row(Messages.ImportCodebook_notAdded, problem.message());
        }
        summary.setText(NLS.bind(Messages.ImportCodebook_summary,
                new Object[] { fileName, report.imported(), report.alreadyPresent() }));
        boolean nothing = preview.types().isEmpty();
        setErrorMessage(nothing ? NLS.bind(Messages.ImportCodebook_nothingToAdd, fileName) : null);
        setPageComplete(!nothing);
        summary.getParent().layout(true);
    }

    private void addAll(AnnotationType type, AnnotationType parent) {
        row(Messages.ImportCodebook_add, parent == null
                ? NLS.bind(Messages.ImportCodebook_top, type.getName(), type.getId())
                : NLS.bind(Messages.ImportCodebook_under, new Object[] { type.getName(), type.getId(),
                        parent.getName() }));
        for (AnnotationType child : type.getChildren()) {
            addAll(child, type);
        }
    }

    private void row(String action, String text) {
        TableItem item = new TableItem(rows, SWT.NONE);
        item.setText(new String[] { action, text });
    }

    /** The rows as shown, "action: text" (tests). */
    List<String> shownRows() {
        List<String> shown = new ArrayList<>();
        for (TableItem item : rows.getItems()) {
            shown.add(item.getText(0) + ": " + item.getText(1));
        }
        return shown;
    }
}
