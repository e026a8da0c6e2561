package glossa.ui.internal.handlers;

import java.util.List;

import glossa.model.Annotation;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.commands.AnnotationCommands;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.nls.Messages;

/** Deletes the innermost annotation at the caret (undoable). */
public class DeleteAnnotationHandler extends AnnotationAtCaretHandler {

    public DeleteAnnotationHandler() {
        super(Messages.Caret_noAnnotation);
    }

    @Override
    protected void execute(GlossaEditor editor, GlossaEditorContext context, Annotation annotation) {
        context.execute(AnnotationCommands.delete(context.editingDomain(), context.article().document(),
                List.of(annotation)));
    }
}
