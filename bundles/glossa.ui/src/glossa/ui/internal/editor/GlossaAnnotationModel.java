package glossa.ui.internal.editor;

import java.util.Collection;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.AnnotationModelEvent;

/** The editor's annotation model; can announce appearance changes of many annotations in one event. */
public class GlossaAnnotationModel extends AnnotationModel {

    /** One event for all annotations whose type (hence appearance) changed; positions are unchanged. */
    public void fireChanged(Collection<? extends Annotation> annotations) {
        if (annotations.isEmpty()) {
            return;
        }
        AnnotationModelEvent event = new AnnotationModelEvent(this);
        for (Annotation annotation : annotations) {
            event.annotationChanged(annotation);
        }
        fireModelChanged(event);
    }
}
