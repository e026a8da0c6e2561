package glossa.ui.internal.editor;

import org.eclipse.jface.text.Position;

/**
 * The live span of one painted annotation, in the bridge's own position category: the document keeps that category
 * sorted by offset, so the annotations near some text are found by a binary search, not a pass over all of them.
 */
final class LiveSpan extends Position {

    private final glossa.model.Annotation annotation;

    LiveSpan(glossa.model.Annotation annotation, int offset, int length) {
        super(offset, length);
        this.annotation = annotation;
    }

    glossa.model.Annotation annotation() {
        return annotation;
    }
}
