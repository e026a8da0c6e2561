package glossa.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;

import glossa.model.Annotation;

/**
 * The Annotations view's selection for the workbench (Properties view, handlers): the selected annotations, read
 * from the view's index so that rows the virtual table never materialised count too.
 */
final class AnnotationSelection implements ISelectionProvider {

    private final List<ISelectionChangedListener> listeners = new ArrayList<>();
    private final Supplier<List<Annotation>> selected;
    private final Consumer<ISelection> select;

    /**
     * @param selected the selected annotations
     * @param select selects what a selection names in the table
     */
    AnnotationSelection(Supplier<List<Annotation>> selected, Consumer<ISelection> select) {
        this.selected = selected;
        this.select = select;
    }

    @Override
    public void addSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeSelectionChangedListener(ISelectionChangedListener listener) {
        listeners.remove(listener);
    }

    @Override
    public ISelection getSelection() {
        return new StructuredSelection(selected.get());
    }

    @Override
    public void setSelection(ISelection selection) {
        select.accept(selection);
    }

    void fire() {
        SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
        for (ISelectionChangedListener listener : List.copyOf(listeners)) {
            listener.selectionChanged(event);
        }
    }
}
