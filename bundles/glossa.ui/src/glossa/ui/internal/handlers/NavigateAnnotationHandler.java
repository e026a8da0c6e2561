package glossa.ui.internal.handlers;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

import glossa.model.Annotation;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.GlossaAnnotation;
import glossa.ui.internal.editor.GlossaEditor;

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
        List<GlossaAnnotation> visible = editor.bridge().visible().stream()
                .filter(g -> typeId == null || g.model().getType() != null && typeId.equals(g.model().getType().getId()))
                .toList();
        if (visible.isEmpty()) {
            EditorHandlers.status(editor, "No annotations to go to.");
            return null;
        }
        int[] range = editor.selectedRange();
        GlossaAnnotation target = null;
        if (forward) {
            for (GlossaAnnotation g : visible) {
                if (g.position().getOffset() > range[0]) {
                    target = g;
                    break;
                }
            }
            target = target == null ? visible.get(0) : target;
        } else {
            for (int i = visible.size() - 1; i >= 0; i--) {
                if (visible.get(i).position().getOffset() < range[0]) {
                    target = visible.get(i);
                    break;
                }
            }
            target = target == null ? visible.get(visible.size() - 1) : target;
        }
        Annotation annotation = target.model();
        context.reveal(annotation);
        return null;
    }
}
