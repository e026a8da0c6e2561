package glossa.ui.internal.views;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.TableColumn;

import glossa.core.query.AnnotationCells;
import glossa.core.query.AnnotationColumn;
import glossa.core.query.AnnotationIndex;
import glossa.model.Annotation;
import glossa.ui.internal.appearance.TypePaint;
import glossa.ui.internal.nls.Labels;
import glossa.ui.internal.nls.Messages;

/** The columns of the Annotations view's table: what each shows, and the sort key a click on its header asks for. */
final class AnnotationColumns {

    /** A click on a column's header: sort by what it shows. */
    interface SortRequest {
        void sortBy(TableColumn column, AnnotationColumn what, String attribute);
    }

    private record ColumnSpec(String title, int width, AnnotationColumn column, String attribute) {
    }

    private static final List<ColumnSpec> COLUMNS = List.of(
            new ColumnSpec(Messages.Column_type, 130, AnnotationColumn.TYPE, null),
            new ColumnSpec(Messages.Column_section, 170, AnnotationColumn.SECTION, null),
            new ColumnSpec(Messages.Column_quote, 320, AnnotationColumn.QUOTE, null),
            new ColumnSpec(Messages.Column_actor, 110, AnnotationColumn.ATTRIBUTE, "actor"),
            new ColumnSpec(Messages.Column_attributes, 180, AnnotationColumn.ATTRIBUTE, null),
            new ColumnSpec(Messages.Column_memo, 180, AnnotationColumn.MEMO, null),
            new ColumnSpec(Messages.Column_author, 80, AnnotationColumn.AUTHOR, null),
            new ColumnSpec(Messages.Column_modified, 120, AnnotationColumn.MODIFIED, null),
            new ColumnSpec(Messages.Column_status, 80, AnnotationColumn.STATUS, null),
            new ColumnSpec(Messages.Column_confidence, 80, AnnotationColumn.CONFIDENCE, null));

    /** The column Suggestions Only sorts by (confidence, the last one). */
    static final int CONFIDENCE = COLUMNS.size() - 1;

    private AnnotationColumns() {
    }

    /** Adds the columns to {@code viewer}; cells read the annotation and {@code index}'s sections. */
    static void create(TableViewer viewer, Supplier<AnnotationIndex> index, TypePaint colors, SortRequest sort) {
        for (ColumnSpec spec : COLUMNS) {
            TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
            column.getColumn().setText(spec.title());
            column.getColumn().setWidth(spec.width());
            column.getColumn().setMoveable(true);
            column.getColumn().addListener(SWT.Selection,
                    e -> sort.sortBy(column.getColumn(), spec.column(), spec.attribute()));
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    Annotation a = (Annotation) element;
                    AnnotationIndex shown = index.get();
                    String text = spec.column() == AnnotationColumn.STATUS ? Labels.status(a.getStatus())
                            : AnnotationCells.text(a, spec.column(), spec.attribute(),
                                    shown == null ? null : shown.sections());
                    if (spec.column() == AnnotationColumn.SECTION) {
                        text = Labels.sectionTitle(text);
                    }
                    return text.replace('\n', ' ');
                }

                @Override
                public Image getImage(Object element) {
                    return spec.column() == AnnotationColumn.TYPE ? colors.swatch(((Annotation) element).getType()) : null;
                }
            });
        }
    }
}
