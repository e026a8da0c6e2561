package glossa.ui.internal.suggest;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.osgi.util.NLS;

import glossa.model.Annotation;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.GlossaEditor;

/** Delete on a suggestion: rejects it (kept as REJECTED, hidden, never proposed again). */
public class RejectSuggestionHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        GlossaEditor editor = SuggestionHandlers.editor(event);
        GlossaEditorContext context = SuggestionHandlers.context(editor);
        Annotation suggestion = SuggestionAtCaret.find(editor);
        if (suggestion == null) {
            SuggestionHandlers.status(editor, Messages.Caret_noSuggestion);
            return null;
        }
        if (context.execute(SuggestionCommands.reject(context.editingDomain(), suggestion))) {
            SuggestionHandlers.decided(editor, context, 1);
            SuggestionHandlers.status(editor, NLS.bind(Messages.Rejected,
                    RecommenderPrecision.describe(context.article().document())));
        }
        return null;
    }
}
