package glossa.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

import glossa.model.Annotation;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.commands.AnnotationCommands;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.nls.Messages;

/**
 * Ctrl+Enter: a filtering popup over the active types (and "New type…"). Annotates the selection, or, when invoked as
 * {@code glossa.ui.changeType}, retypes the annotation at the caret.
 */
public class QuickTypeHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        GlossaEditor editor = EditorHandlers.editor(event);
        GlossaEditorContext context = EditorHandlers.context(editor);
        boolean retype = "glossa.ui.changeType".equals(event.getCommand().getId());
        Annotation target = retype ? editor.annotationAtCaret() : null;
        if (retype && target == null) {
            EditorHandlers.status(editor, Messages.QuickType_caret);
            return null;
        }
        TypePicker picker = new TypePicker(editor.getSite().getShell(), context.article().document(), !retype,
                choice -> {
                    if (retype) {
                        context.execute(AnnotationCommands.changeType(context.editingDomain(),
                                java.util.List.of(target), choice.type()));
                    } else {
                        Annotating.annotateSelection(editor, context, choice.type(),
                                choice.isNew() ? choice.type() : null);
                    }
                });
        picker.open();
        return null;
    }
}
