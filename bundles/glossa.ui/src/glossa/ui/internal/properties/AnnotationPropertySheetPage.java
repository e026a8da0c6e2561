package glossa.ui.internal.properties;

import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheetPage;

import glossa.model.Annotation;
import glossa.model.Document;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.GlossaEditor;

/** The editor's Properties page: the annotation under the caret, or else the article (its title). */
public final class AnnotationPropertySheetPage extends PropertySheetPage {

    private final GlossaEditor editor;

    public AnnotationPropertySheetPage(GlossaEditor editor) {
        this.editor = editor;
        setPropertySourceProvider(object -> {
            if (object instanceof Annotation annotation) {
                return new AnnotationPropertySource(annotation, editor.getAdapter(GlossaEditorContext.class));
            }
            if (object instanceof Document) {
                return new DocumentPropertySource(editor.getAdapter(GlossaEditorContext.class));
            }
            return object instanceof IPropertySource source ? source : null;
        });
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == editor && selection instanceof ITextSelection) {
            // The annotation under the caret; elsewhere the article itself (its title).
            Annotation annotation = editor.annotationAtCaret();
            GlossaEditorContext context = editor.getAdapter(GlossaEditorContext.class);
            Object shown = annotation != null ? annotation
                    : context != null && context.article() != null ? context.article().document() : null;
            super.selectionChanged(part, shown == null ? StructuredSelection.EMPTY : new StructuredSelection(shown));
        } else {
            super.selectionChanged(part, selection);
        }
    }
}
