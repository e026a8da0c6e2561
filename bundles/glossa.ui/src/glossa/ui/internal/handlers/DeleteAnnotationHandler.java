package glossa.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

import glossa.model.Annotation;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.commands.AnnotationCommands;
import glossa.ui.internal.editor.GlossaEditor;

/** Deletes the innermost annotation at the caret (undoable). */
public class DeleteAnnotationHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        GlossaEditor editor = EditorHandlers.editor(event);
        GlossaEditorContext context = EditorHandlers.context(editor);
        Annotation annotation = editor.annotationAtCaret();
        if (annotation == null) {
            EditorHandlers.status(editor, "No annotation at the caret.");
            return null;
        }
        context.execute(AnnotationCommands.delete(context.editingDomain(), context.article().document(),
                List.of(annotation)));
        return null;
    }
}
