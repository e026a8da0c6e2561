package glossa.ui.internal.views;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import glossa.core.cases.CaseStatistics;
import glossa.ui.internal.nls.Labels;
import glossa.ui.internal.nls.Messages;

/** The Case Summary's lower table: the chosen type's annotations with article, section and quote (virtual). */
final class CaseEntriesTable {

    private final Table table;
    private List<CaseStatistics.Entry> entries = List.of();

    /** @param open what double-clicking an entry does */
    CaseEntriesTable(Composite parent, Consumer<CaseStatistics.Entry> open) {
        table = new Table(parent, SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.BORDER);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String[] column : new String[][] { { Messages.Column_article, "200" }, { Messages.Column_section, "160" },
                { Messages.Column_quote, "600" } }) {
            TableColumn c = new TableColumn(table, SWT.LEFT);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        table.addListener(SWT.SetData, e -> fill((TableItem) e.item, e.index));
        table.addListener(SWT.DefaultSelection, e -> {
            int row = table.getSelectionIndex();
            if (row >= 0 && row < entries.size()) {
                open.accept(entries.get(row));
            }
        });
    }

    Table table() {
        return table;
    }

    List<CaseStatistics.Entry> entries() {
        return entries;
    }

    /** Lists {@code list} (empty: nothing). */
    void show(List<CaseStatistics.Entry> list) {
        entries = list;
        table.setItemCount(0);
        table.setItemCount(list.size());
    }

    private void fill(TableItem item, int row) {
        if (row >= entries.size()) {
            return;
        }
        CaseStatistics.Entry e = entries.get(row);
        item.setText(0, CaseStatistics.label(e.article()));
        String title = Labels.sectionTitle(e.sectionTitle());
        String section = e.sectionNumber().isEmpty() ? title : e.sectionPath() + " " + title;
        item.setText(1, section.strip());
        item.setText(2, e.quote().replaceAll("\\s+", " "));
    }
}
