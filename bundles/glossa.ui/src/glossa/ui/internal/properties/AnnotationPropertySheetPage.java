package glossa.ui.internal.properties;

import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertySheetPage;

import glossa.model.Annotation;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.GlossaEditor;

/** The editor's Properties page: shows the annotation under the caret. */
public final class AnnotationPropertySheetPage extends PropertySheetPage {

    private final GlossaEditor editor;

    public AnnotationPropertySheetPage(GlossaEditor editor) {
        this.editor = editor;
        setPropertySourceProvider(object -> {
            if (object instanceof Annotation annotation) {
                return new AnnotationPropertySource(annotation, editor.getAdapter(GlossaEditorContext.class));
            }
            return object instanceof IPropertySource source ? source : null;
        });
    }

    @Override
    public void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == editor && selection instanceof ITextSelection) {
            Annotation annotation = editor.annotationAtCaret();
            super.selectionChanged(part,
                    annotation == null ? StructuredSelection.EMPTY : new StructuredSelection(annotation));
        } else {
            super.selectionChanged(part, selection);
        }
    }
}
