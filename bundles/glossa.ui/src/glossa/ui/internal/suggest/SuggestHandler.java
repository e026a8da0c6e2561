package glossa.ui.internal.suggest;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.GlossaEditor;

/** Annotate &gt; Suggest: runs the recommenders on the open article in a background job. */
public class SuggestHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        GlossaEditor editor = SuggestionHandlers.editor(event);
        GlossaEditorContext context = SuggestionHandlers.context(editor);
        if (!context.isEditable()) {
            SuggestionHandlers.status(editor, Messages.Suggest_readOnly);
            return null;
        }
        new SuggestJob(editor, context).schedule();
        return null;
    }
}
