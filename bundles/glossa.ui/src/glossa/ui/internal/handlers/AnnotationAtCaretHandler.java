package glossa.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

import glossa.model.Annotation;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.GlossaEditor;

/**
 * A command on the innermost annotation at the caret of the active Glossa editor. Without one, the status line says
 * what to do instead.
 */
abstract class AnnotationAtCaretHandler extends AbstractHandler {

    private final String noAnnotationMessage;

    protected AnnotationAtCaretHandler(String noAnnotationMessage) {
        this.noAnnotationMessage = noAnnotationMessage;
    }

    @Override
    public final Object execute(ExecutionEvent event) throws ExecutionException {
        GlossaEditor editor = EditorHandlers.editor(event);
        GlossaEditorContext context = EditorHandlers.context(editor);
        Annotation annotation = editor.annotationAtCaret();
        if (annotation == null) {
            EditorHandlers.status(editor, noAnnotationMessage);
        } else {
            execute(editor, context, annotation);
        }
        return null;
    }

    protected abstract void execute(GlossaEditor editor, GlossaEditorContext context, Annotation annotation);
}
