package glossa.ui.internal.views;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;

import glossa.core.filter.AnnotationFilter;
import glossa.core.query.AnnotationCells;
import glossa.core.stats.SectionStatistics;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.model.Section;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.appearance.ListColours;
import glossa.ui.internal.appearance.TypePaint;
import glossa.ui.internal.nls.Labels;
import glossa.ui.internal.nls.Messages;

/**
 * The Section Summary's lower pane: the selected section's annotations that pass the filter, grouped by type in
 * codebook order, with their relations. Double-click reveals an annotation or a related one in the editor.
 */
final class SectionDetailsPane {

    /** A lower-pane group: the annotations of one type in the selected section. */
    public record TypeGroup(AnnotationType type, List<Annotation> annotations) {
    }

    private final TreeViewer details;
    private final TypePaint colors;
    private final Supplier<GlossaEditorContext> context;

    SectionDetailsPane(Composite parent, TypePaint colors, Supplier<GlossaEditorContext> context) {
        this.colors = colors;
        this.context = context;
        details = new TreeViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
        details.getTree().setHeaderVisible(true);
        ListColours.apply(details.getTree());
        details.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return input instanceof List<?> l ? l.toArray() : new Object[0];
            }

            @Override
            public Object[] getChildren(Object element) {
                if (element instanceof TypeGroup g) {
                    return g.annotations().toArray();
                }
                if (element instanceof Annotation a && context.get() != null) {
                    return RelationRow.of(context.get().article().document(), a).toArray();
                }
                return new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return element instanceof TypeGroup || (element instanceof Annotation a && context.get() != null
                        && !RelationRow.of(context.get().article().document(), a).isEmpty());
            }
        });
        TreeViewerColumn quote = new TreeViewerColumn(details, SWT.LEFT);
        quote.getColumn().setText(Messages.SectionSummary_annotationsOfSection);
        quote.getColumn().setWidth(300);
        quote.setLabelProvider(new ListCellLabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof TypeGroup g) {
                    return NLS.bind(Messages.SectionSummary_group, g.type().getName(), g.annotations().size());
                }
                if (element instanceof Annotation a) {
                    return "\u300C" + oneLine(a.getQuote()) + "\u300D";
                }
                return element instanceof RelationRow r ? r.label() : "";
            }

            @Override
            public Image getImage(Object element) {
                if (element instanceof TypeGroup g) {
                    return colors.swatch(g.type());
                }
                return element instanceof RelationRow r ? colors.swatch(r.other().getType()) : null;
            }
        });
        TreeViewerColumn memo = new TreeViewerColumn(details, SWT.LEFT);
        memo.getColumn().setText(Messages.Column_memo);
        memo.getColumn().setWidth(200);
        memo.setLabelProvider(new ListCellLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof Annotation a && a.getMemo() != null ? oneLine(a.getMemo()) : "";
            }
        });
        details.addDoubleClickListener(e -> {
            GlossaEditorContext current = context.get();
            if (current == null || !(e.getSelection() instanceof IStructuredSelection s)) {
                return;
            }
            if (s.getFirstElement() instanceof Annotation a) {
                current.reveal(a);
            } else if (s.getFirstElement() instanceof RelationRow r) {
                current.reveal(r.other());
            } else if (s.getFirstElement() instanceof TypeGroup g) {
                details.setExpandedState(g, !details.getExpandedState(g));
            }
        });
    }

    /** The selected section's annotations that pass the filter, grouped by type in codebook order. */
    void show(Section section, SectionStatistics stats) {
        GlossaEditorContext context = this.context.get();
        if (context == null || section == null || stats == null) {
            details.setInput(List.of());
            return;
        }
        Object[] expanded = details.getExpandedElements();
        Map<AnnotationType, List<Annotation>> groups = new LinkedHashMap<>();
        for (AnnotationType type : stats.types()) {
            groups.put(type, new ArrayList<>());
        }
        AnnotationFilter filter = context.filter();
        for (Annotation a : context.article().document().getAnnotations()) {
            if (a.getBegin() >= section.getBegin() && a.getBegin() < section.getEnd() && groups.containsKey(a.getType())
                    && filter.test(a)) {
                groups.get(a.getType()).add(a);
            }
        }
        List<TypeGroup> input = new ArrayList<>();
        groups.forEach((type, list) -> {
            if (!list.isEmpty()) {
                list.sort((x, y) -> Integer.compare(x.getBegin(), y.getBegin()));
                input.add(new TypeGroup(type, list));
            }
        });
        details.getTree().setRedraw(false);
        try {
            details.setInput(input);
            if (expanded.length == 0) {
                details.expandToLevel(2);
            } else {
                for (TypeGroup g : input) {
                    for (Object e : expanded) {
                        if (e instanceof TypeGroup old && old.type() == g.type()) {
                            details.setExpandedState(g, true);
                        }
                    }
                }
            }
        } finally {
            details.getTree().setRedraw(true);
        }
        details.getTree().getColumn(0).setText(NLS.bind(Messages.SectionSummary_annotationsOf,
                Labels.sectionTitle(AnnotationCells.sectionLabel(section))));
    }

    TreeViewer viewer() {
        return details;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\n', ' ');
    }
}
