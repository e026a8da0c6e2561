package glossa.ui.internal.views;

import org.eclipse.jface.viewers.ITreeContentProvider;

import glossa.model.Document;
import glossa.model.Section;
import glossa.ui.internal.nls.Labels;

/**
 * The section tree of a {@link Document} (the input): top-level sections, then their sub-sections. Shared by the
 * Section Summary and the editor's Outline, which show the same tree with different columns.
 */
public final class SectionTreeContentProvider implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        return input instanceof Document d ? d.getSections().toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object element) {
        return ((Section) element).getChildren().toArray();
    }

    @Override
    public Object getParent(Object element) {
        return element instanceof Section s && s.eContainer() instanceof Section p ? p : null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return !((Section) element).getChildren().isEmpty();
    }

    /** A section's row label: its number (when it has one) and title, e.g. "一、 标题". */
    public static String label(Section section) {
        String number = section.getNumber();
        String title = Labels.sectionTitle(section.getTitle());
        return number == null || number.isEmpty() ? title : number + " " + title;
    }
}
