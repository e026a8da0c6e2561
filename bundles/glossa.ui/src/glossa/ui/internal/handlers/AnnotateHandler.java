package glossa.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.osgi.util.NLS;

import glossa.core.codebook.Codebooks;
import glossa.model.AnnotationType;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.nls.Messages;

/** {@code glossa.ui.annotate(type)}: annotates the selection with the given type (Ctrl+1, Ctrl+2, Ctrl+3). */
public class AnnotateHandler extends AbstractHandler {

    public static final String COMMAND_ID = "glossa.ui.annotate";
    public static final String TYPE_PARAMETER = "type";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        GlossaEditor editor = EditorHandlers.editor(event);
        GlossaEditorContext context = EditorHandlers.context(editor);
        String typeId = event.getParameter(TYPE_PARAMETER);
        AnnotationType type = Codebooks.find(context.article().document().getCodebook(), typeId)
                .filter(t -> !t.isRetired()).orElse(null);
        if (type == null) {
            EditorHandlers.status(editor, NLS.bind(Messages.Annotate_noType, typeId));
            return null;
        }
        return Annotating.annotateSelection(editor, context, type, null);
    }
}
