package glossa.ui.internal.handlers;

import java.util.List;

import glossa.model.Annotation;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.commands.AnnotationCommands;
import glossa.ui.internal.editor.GlossaEditor;

/** Deletes the innermost annotation at the caret (undoable). */
public class DeleteAnnotationHandler extends AnnotationAtCaretHandler {

    public DeleteAnnotationHandler() {
        super("No annotation at the caret.");
    }

    @Override
    protected void execute(GlossaEditor editor, GlossaEditorContext context, Annotation annotation) {
        context.execute(AnnotationCommands.delete(context.editingDomain(), context.article().document(),
                List.of(annotation)));
    }
}
