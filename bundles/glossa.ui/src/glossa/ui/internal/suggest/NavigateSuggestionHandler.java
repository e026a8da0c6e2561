package glossa.ui.internal.suggest;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;

import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.GlossaAnnotation;
import glossa.ui.internal.editor.GlossaEditor;

/** Ctrl+Alt+. / Ctrl+Alt+, : selects the next (previous) visible suggestion after (before) the caret, wrapping. */
public class NavigateSuggestionHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        GlossaEditor editor = SuggestionHandlers.editor(event);
        GlossaEditorContext context = SuggestionHandlers.context(editor);
        boolean forward = !event.getCommand().getId().endsWith("previousSuggestion");
        GlossaAnnotation target = editor.bridge().nextVisible(editor.selectedRange()[0], forward,
                g -> SuggestionCommands.isSuggestion(g.model()));
        if (target == null) {
            SuggestionHandlers.status(editor, Messages.Navigate_none);
        } else {
            context.reveal(target.model());
        }
        return null;
    }
}
