package glossa.ui.internal.suggest;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.osgi.util.NLS;

import glossa.core.codebook.Codebooks;
import glossa.model.Annotation;
import glossa.model.AnnotationType;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.GlossaEditor;

/**
 * Accepts the suggestion at the caret (Enter), or accepts it as the type named by the {@code type} parameter
 * (Ctrl+1/2/3 while the caret is on a suggestion).
 */
public class AcceptSuggestionHandler extends AbstractHandler {

    public static final String TYPE_PARAMETER = "type";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        GlossaEditor editor = SuggestionHandlers.editor(event);
        GlossaEditorContext context = SuggestionHandlers.context(editor);
        Annotation suggestion = SuggestionAtCaret.find(editor);
        if (suggestion == null) {
            SuggestionHandlers.status(editor, Messages.Caret_noSuggestion);
            return null;
        }
        String typeId = event.getParameter(TYPE_PARAMETER);
        AnnotationType type = typeId == null ? null
                : Codebooks.find(context.article().document().getCodebook(), typeId).orElse(null);
        if (context.execute(SuggestionCommands.accept(context.editingDomain(), List.of(suggestion), type,
                SuggestionHandlers.analyst()))) {
            SuggestionHandlers.decided(editor, context, 1);
            SuggestionHandlers.status(editor, NLS.bind(Messages.Accepted, suggestion.getType().getName(),
                    RecommenderPrecision.describe(context.article().document())));
        }
        return null;
    }
}
