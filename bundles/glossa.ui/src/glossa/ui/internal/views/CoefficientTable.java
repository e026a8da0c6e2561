package glossa.ui.internal.views;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import glossa.core.agreement.AgreementResult;
import glossa.core.agreement.Coefficients;
import glossa.ui.internal.agreement.Messages;

/**
 * The coders x types table: a row per comparison (the two coders; or all coders, then each pair), a column per type
 * and one for all types, each cell one coefficient (chosen above the table); hovering a cell shows all four.
 */
final class CoefficientTable {

    /** Which coefficient the cells show. */
    enum Kind {
        ALPHA, KAPPA, PERCENT, ALPHA_U;

        String label() {
            return switch (this) {
                case ALPHA -> Messages.Coefficient_alpha;
                case KAPPA -> Messages.Coefficient_kappa;
                case PERCENT -> Messages.Coefficient_percent;
                case ALPHA_U -> Messages.Coefficient_alphaU;
            };
        }

        double of(Coefficients c) {
            return switch (this) {
                case ALPHA -> c.alpha();
                case KAPPA -> c.kappa();
                case PERCENT -> c.percent();
                case ALPHA_U -> c.alphaU();
            };
        }
    }

    private final Table table;
    private Kind kind = Kind.ALPHA;
    private AgreementFigures figures;

    CoefficientTable(Composite parent) {
        table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.addListener(SWT.MouseHover, e -> table.setToolTipText(tooltip(new Point(e.x, e.y))));
    }

    Table control() {
        return table;
    }

    void setKind(Kind kind) {
        this.kind = kind;
        show(figures);
    }

    Kind kind() {
        return kind;
    }

    /** Rebuilds columns and rows for {@code figures} (null: empty). */
    void show(AgreementFigures figures) {
        this.figures = figures;
        table.setRedraw(false);
        try {
            table.removeAll();
            for (TableColumn column : table.getColumns()) {
                column.dispose();
            }
            if (figures == null || figures.rows().isEmpty()) {
                return;
            }
            column(Messages.Table_coders, SWT.LEFT, 160);
            for (AgreementResult.TypeResult type : figures.all().types()) {
                column(type.name(), SWT.RIGHT, 110);
            }
            column(Messages.Table_allTypes, SWT.RIGHT, 100);
            for (AgreementFigures.Row row : figures.rows()) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(0, row.label());
                List<AgreementResult.TypeResult> types = figures.all().types();
                for (int t = 0; t < types.size(); t++) {
                    AgreementResult.TypeResult own = row.result().type(types.get(t).id());
                    item.setText(t + 1, own == null ? Messages.Disagreements_nothing
                            : format(kind, kind.of(own.coefficients())));
                }
                item.setText(types.size() + 1, format(kind, kind.of(row.result().overall())));
            }
        } finally {
            fitHeight();
            table.setRedraw(true);
        }
    }

    /** Makes the table as tall as its header and rows (at least one row), so it takes no more room than it needs. */
    private void fitHeight() {
        if (table.getLayoutData() instanceof org.eclipse.swt.layout.GridData data) {
            int rows = Math.max(1, table.getItemCount());
            data.heightHint = table.getHeaderHeight() + rows * table.getItemHeight() + 2 * table.getBorderWidth()
                    + table.getHorizontalBar().getSize().y;
        }
    }

    private void column(String title, int style, int width) {
        TableColumn column = new TableColumn(table, style);
        column.setText(title);
        column.setWidth(width);
    }

    /** A cell's text, for tests: {@code row} of the rows, {@code column} 0 for the coders, then types, then all. */
    String cell(int row, int column) {
        return table.getItem(row).getText(column);
    }

    static String format(Kind kind, double value) {
        if (!Coefficients.defined(value)) {
            return Messages.Disagreements_nothing;
        }
        return kind == Kind.PERCENT ? String.format(Locale.ROOT, "%.1f %%", 100 * value)
                : String.format(Locale.ROOT, "%.3f", value);
    }

    private String tooltip(Point point) {
        TableItem item = table.getItem(point);
        if (item == null || figures == null) {
            return null;
        }
        int row = table.indexOf(item);
        List<AgreementResult.TypeResult> types = figures.all().types();
        for (int c = 1; c < table.getColumnCount(); c++) {
            if (item.getBounds(c).contains(point)) {
                AgreementResult result = figures.rows().get(row).result();
                AgreementResult.TypeResult type = c <= types.size() ? result.type(types.get(c - 1).id()) : null;
                Coefficients k = c > types.size() ? result.overall() : type == null ? null : type.coefficients();
                return k == null ? null : MessageFormat.format(Messages.Table_tooltip,
                        format(Kind.PERCENT, k.percent()), format(Kind.KAPPA, k.kappa()), format(Kind.ALPHA, k.alpha()),
                        format(Kind.ALPHA_U, k.alphaU()));
            }
        }
        return null;
    }
}
