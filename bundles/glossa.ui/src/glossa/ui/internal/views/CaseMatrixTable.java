package glossa.ui.internal.views;

import java.util.function.IntConsumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import glossa.core.cases.CaseMatrix;
import glossa.core.codebook.Codebooks;
import glossa.model.AnnotationType;
import glossa.model.Codebook;
import glossa.ui.internal.appearance.TypeColors;
import glossa.ui.internal.appearance.TypePaint;
import glossa.ui.internal.nls.Messages;

/**
 * The Case Summary's articles × types table: a virtual table with a column per type and a total, the counts shaded on
 * the one heat scale in each type's colour ({@link TypeColors}), and a totals row. Double-click opens an article.
 */
final class CaseMatrixTable {

    private final Table table;
    private final TypePaint paint;
    private CaseMatrix shown;
    /** The codebook type of each of {@link #shown}'s columns (null: not in the codebook). */
    private AnnotationType[] columnTypes = new AnnotationType[0];

    /** @param open what double-clicking a row does with its index */
    CaseMatrixTable(Composite parent, TypePaint paint, IntConsumer open) {
        this.paint = paint;
        table = new Table(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, e.index));
        table.addListener(SWT.DefaultSelection, e -> open.accept(table.getSelectionIndex()));
    }

    Table table() {
        return table;
    }

    /** Shows {@code computed}; the columns are made again only when its types differ from the shown ones. */
    void show(CaseMatrix computed, Codebook codebook) {
        CaseMatrix previous = shown;
        shown = computed;
        columnTypes = typesOf(computed, codebook);
        boolean sameColumns = previous != null && previous.typeIds().equals(computed.typeIds())
                && table.getColumnCount() == computed.typeIds().size() + 2;
        table.setRedraw(false);
        try {
            if (!sameColumns) {
                for (TableColumn column : table.getColumns()) {
                    column.dispose();
                }
                TableColumn article = new TableColumn(table, SWT.LEFT);
                article.setText(Messages.Column_article);
                article.setWidth(260);
                for (int t = 0; t < computed.typeIds().size(); t++) {
                    TableColumn c = new TableColumn(table, SWT.RIGHT);
                    c.setText(computed.typeName(t));
                    c.setToolTipText(computed.typeIds().get(t));
                    c.setWidth(110);
                }
                TableColumn total = new TableColumn(table, SWT.RIGHT);
                total.setText(Messages.Column_total);
                total.setWidth(80);
            }
            table.setItemCount(computed.rowCount() + 1);
            table.clearAll();
        } finally {
            table.setRedraw(true);
        }
    }

    /** After a type-colour preference changed: the cells in the new shades. */
    void repaint(Codebook codebook) {
        if (shown != null && !table.isDisposed()) {
            columnTypes = typesOf(shown, codebook);
            table.clearAll();
        }
    }

    private static AnnotationType[] typesOf(CaseMatrix computed, Codebook codebook) {
        AnnotationType[] types = new AnnotationType[computed.typeIds().size()];
        for (int t = 0; t < types.length; t++) {
            types[t] = codebook == null ? null : Codebooks.find(codebook, computed.typeIds().get(t)).orElse(null);
        }
        return types;
    }

    /**
     * A column's type colour as every view draws it (the codebook's, or the preference's for a built-in type), read
     * when a cell is filled, so a cell filled again after a colour preference changed has the new colour.
     */
    private RGB colorOf(CaseMatrix s, int column) {
        AnnotationType type = columnTypes[column];
        // A type only some article's own codebook has still follows the colour preference of a built-in id.
        return type != null ? TypeColors.rgb(type) : TypeColors.rgb(s.typeIds().get(column), true, s.typeColor(column));
    }

    private void fill(TableItem item, int row) {
        CaseMatrix s = shown;
        if (s == null || row > s.rowCount()) {
            return;
        }
        int types = s.typeIds().size();
        boolean totals = row == s.rowCount();
        boolean pending = !totals && s.isPending(row);
        item.setText(0, totals ? Messages.Column_total : s.rowLabel(row));
        for (int t = 0; t < types; t++) {
            int n = totals ? s.typeTotal(t) : s.count(row, t);
            item.setText(t + 1, pending ? "…" : Integer.toString(n));
            if (!totals && n > 0) {
                item.setBackground(t + 1, paint.heat(colorOf(s, t), n, s.maxCell()));
            }
        }
        item.setText(types + 1, pending ? "…" : Integer.toString(totals ? s.total() : s.articleTotal(row)));
        if (totals) {
            item.setFont(JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT));
        }
    }
}
