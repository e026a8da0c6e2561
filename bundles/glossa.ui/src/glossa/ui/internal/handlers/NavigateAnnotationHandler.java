package glossa.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

import glossa.model.Annotation;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.GlossaAnnotation;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.nls.Messages;

/**
 * {@code glossa.ui.nextAnnotation} / {@code glossa.ui.previousAnnotation} with an optional {@code type} parameter:
 * selects the next (previous) visible annotation after (before) the caret, wrapping around.
 */
public class NavigateAnnotationHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        GlossaEditor editor = EditorHandlers.editor(event);
        GlossaEditorContext context = EditorHandlers.context(editor);
        boolean forward = !event.getCommand().getId().endsWith("previousAnnotation");
        String typeId = event.getParameter(AnnotateHandler.TYPE_PARAMETER);
        GlossaAnnotation target = editor.bridge().nextVisible(editor.selectedRange()[0], forward,
                g -> typeId == null || g.model().getType() != null && typeId.equals(g.model().getType().getId()));
        if (target == null) {
            EditorHandlers.status(editor, Messages.Navigate_none);
            return null;
        }
        Annotation annotation = target.model();
        context.reveal(annotation);
        return null;
    }
}
