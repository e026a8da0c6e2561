package glossa.ui.internal.properties;

import java.util.function.Supplier;

import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheetPage;

import glossa.model.Annotation;
import glossa.model.Document;
import glossa.ui.GlossaEditorContext;

/**
 * The editor's Properties page: the annotation under the caret, or else the article (its title). It knows the
 * editor only as a part with a context and a caret, so the editor package does not depend on this one in return.
 */
public final class AnnotationPropertySheetPage extends PropertySheetPage {

    private final IWorkbenchPart editor;
    private final Supplier<GlossaEditorContext> context;
    private final Supplier<Annotation> annotationAtCaret;

    public AnnotationPropertySheetPage(IWorkbenchPart editor, Supplier<GlossaEditorContext> context,
            Supplier<Annotation> annotationAtCaret) {
        this.editor = editor;
        this.context = context;
        this.annotationAtCaret = annotationAtCaret;
        setPropertySourceProvider(object -> {
            if (object instanceof Annotation annotation) {
                return new AnnotationPropertySource(annotation, context.get());
            }
            if (object instanceof Document) {
                return new DocumentPropertySource(context.get());
            }
            return object instanceof IPropertySource source ? source : null;
        });
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == editor && selection instanceof ITextSelection) {
            // The annotation under the caret; elsewhere the article itself (its title).
            Annotation annotation = annotationAtCaret.get();
            GlossaEditorContext current = context.get();
            Object shown = annotation != null ? annotation
                    : current != null && current.article() != null ? current.article().document() : null;
            super.selectionChanged(part, shown == null ? StructuredSelection.EMPTY : new StructuredSelection(shown));
        } else {
            super.selectionChanged(part, selection);
        }
    }
}
