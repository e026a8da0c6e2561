package glossa.ui.internal.views;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;

import glossa.model.Annotation;
import glossa.model.Document;
import glossa.ui.internal.appearance.ListColours;
import glossa.ui.internal.appearance.TypePaint;
import glossa.ui.internal.nls.Messages;

/** The Annotations view's lower pane: the relations of the one selected annotation; double-click follows one. */
final class RelationsPane {

    private final TableViewer viewer;

    /** @param follow what double-clicking a relation does with the annotation at its other end */
    RelationsPane(Composite parent, TypePaint colors, Consumer<Annotation> follow) {
        viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        ListColours.apply(viewer.getTable());
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(Messages.AnnotationsView_relations);
        column.getColumn().setWidth(700);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((RelationRow) element).label();
            }

            @Override
            public Image getImage(Object element) {
                return colors.swatch(((RelationRow) element).other().getType());
            }
        });
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addDoubleClickListener(e -> {
            if (e.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof RelationRow row) {
                follow.accept(row.other());
            }
        });
    }

    /** Shows the relations of {@code selected} when it is one annotation of {@code document}, else none. */
    void show(Document document, List<Annotation> selected) {
        viewer.setInput(document == null || selected.size() != 1 ? List.of() : RelationRow.of(document, selected.get(0)));
    }

    void refresh() {
        viewer.refresh();
    }
}
