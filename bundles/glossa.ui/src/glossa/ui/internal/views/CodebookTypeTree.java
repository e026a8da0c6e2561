package glossa.ui.internal.views;

import org.eclipse.jface.viewers.ITreeContentProvider;

import glossa.model.AnnotationType;
import glossa.model.Codebook;

/** The Codebook view's tree: codebook → top types, type → child types. */
final class CodebookTypeTree implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        return input instanceof Codebook codebook ? codebook.getTypes().toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        return ((AnnotationType) parent).getChildren().toArray();
    }

    @Override
    public Object getParent(Object element) {
        return ((AnnotationType) element).eContainer() instanceof AnnotationType parent ? parent : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return !((AnnotationType) element).getChildren().isEmpty();
    }
}
