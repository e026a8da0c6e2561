package glossa.ui.internal.views;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;

import glossa.core.query.AnnotationColumn;
import glossa.core.query.SortKey;

/**
 * The order of the Annotations view's table, and its Suggestions Only mode: a click on a header sorts by that column
 * (again: the other way round); Suggestions Only sorts by confidence, most confident first, and gives the previous
 * order back when it is turned off. The table's sort indicator follows.
 */
final class AnnotationOrder {

    private final Table table;
    private SortKey key = SortKey.DOCUMENT_ORDER;
    private boolean suggestionsOnly;
    /** The sort in force before Suggestions Only was turned on, restored when it is turned off. */
    private SortKey keyBeforeSuggestions;
    private TableColumn columnBeforeSuggestions;
    private int directionBeforeSuggestions;

    AnnotationOrder(Table table) {
        this.table = table;
    }

    SortKey key() {
        return key;
    }

    boolean suggestionsOnly() {
        return suggestionsOnly;
    }

    /** Sorts by {@code column}, which shows {@code what}. */
    void sortBy(TableColumn column, AnnotationColumn what, String attribute) {
        boolean same = table.getSortColumn() == column;
        boolean ascending = !same || table.getSortDirection() == SWT.DOWN;
        table.setSortColumn(column);
        table.setSortDirection(ascending ? SWT.UP : SWT.DOWN);
        key = new SortKey(what, attribute, ascending);
    }

    /** Turns Suggestions Only on or off; false when it already was. */
    boolean setSuggestionsOnly(boolean on) {
        if (on == suggestionsOnly) {
            return false;
        }
        suggestionsOnly = on;
        if (on) {
            keyBeforeSuggestions = key;
            columnBeforeSuggestions = table.getSortColumn();
            directionBeforeSuggestions = table.getSortDirection();
            key = SuggestionsOnly.BY_CONFIDENCE;
            table.setSortColumn(table.getColumn(AnnotationColumns.CONFIDENCE));
            table.setSortDirection(SWT.DOWN);
        } else {
            key = keyBeforeSuggestions;
            table.setSortColumn(columnBeforeSuggestions);
            table.setSortDirection(directionBeforeSuggestions);
        }
        return true;
    }
}
