package glossa.ui.internal.properties;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.properties.IPropertySource;

import glossa.model.Annotation;
import glossa.ui.GlossaEditorContext;

/**
 * Annotations selected in views (Annotations, Section Summary) show in the Properties view; edits go through the
 * context of the open editor that holds the annotation's document.
 */
public final class AnnotationAdapterFactory implements IAdapterFactory {

    @Override
    public <T> T getAdapter(Object adaptable, Class<T> adapterType) {
        if (adapterType == IPropertySource.class && adaptable instanceof Annotation annotation) {
            return adapterType.cast(new AnnotationPropertySource(annotation, contextOf(annotation)));
        }
        return null;
    }

    @Override
    public Class<?>[] getAdapterList() {
        return new Class<?>[] { IPropertySource.class };
    }

    static GlossaEditorContext contextOf(Annotation annotation) {
        if (!PlatformUI.isWorkbenchRunning()) {
            return null;
        }
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                for (IEditorReference reference : page.getEditorReferences()) {
                    var editor = reference.getEditor(false);
                    GlossaEditorContext context = editor == null ? null : editor.getAdapter(GlossaEditorContext.class);
                    if (context != null && context.article().document() == annotation.eContainer()) {
                        return context;
                    }
                }
            }
        }
        return null;
    }
}
