package glossa.ui.outline;

import org.eclipse.jface.viewers.ITreeContentProvider;

import glossa.model.Document;
import glossa.model.Section;
import glossa.ui.internal.views.SectionTreeContentProvider;

/**
 * The Outline's tree: the document itself as the one root, labelled with the article's title, and the section tree
 * beneath it. A reader sees first what the article is, as in the report's heading.
 */
final class TitledSectionTreeContentProvider implements ITreeContentProvider {

    /**
     * The viewer's input: the document, held apart from it, since a viewer's input must not be one of its elements
     * (the tree would map the document to itself and recurse without end).
     */
    record Input(Document document) {
    }

    private final SectionTreeContentProvider sections = new SectionTreeContentProvider();

    @Override
    public Object[] getElements(Object input) {
        return input instanceof Input i ? new Object[] { i.document() } : new Object[0];
    }

    @Override
    public Object[] getChildren(Object element) {
        return element instanceof Document d ? sections.getElements(d) : sections.getChildren(element);
    }

    @Override
    public Object getParent(Object element) {
        if (element instanceof Section s) {
            Object parent = sections.getParent(s);
            return parent != null ? parent : s.eContainer();
        }
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof Document d ? !d.getSections().isEmpty() : sections.hasChildren(element);
    }
}
