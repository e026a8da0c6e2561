package glossa.ui.internal.suggest;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.GlossaEditor;

/** What the suggestion handlers share: the active Glossa editor and its context, the status line, the analyst. */
final class SuggestionHandlers {

    private SuggestionHandlers() {
    }

    static GlossaEditor editor(ExecutionEvent event) throws ExecutionException {
        IEditorPart part = HandlerUtil.getActiveEditorChecked(event);
        if (part instanceof GlossaEditor editor) {
            return editor;
        }
        throw new ExecutionException(glossa.ui.internal.nls.Messages.Handlers_notGlossaEditor);
    }

    static GlossaEditorContext context(GlossaEditor editor) throws ExecutionException {
        GlossaEditorContext context = editor.getAdapter(GlossaEditorContext.class);
        if (context == null) {
            throw new ExecutionException(glossa.ui.internal.nls.Messages.Handlers_noArticle);
        }
        return context;
    }

    static void status(GlossaEditor editor, String message) {
        editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
    }

    static String analyst() {
        return System.getProperty("user.name", "analyst");
    }

    /** After accept/reject decisions: counts them towards retraining. */
    static void decided(GlossaEditor editor, GlossaEditorContext context, int decisions) {
        LearningState.of(context.article().document()).decided(context.article().document(),
                editor.viewer().getDocument().get(), context.article().articlePath(), decisions);
    }
}
