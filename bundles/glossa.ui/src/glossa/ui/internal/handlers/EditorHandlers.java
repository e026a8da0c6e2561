package glossa.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.nls.Messages;

/** Finds the active Glossa editor of a command event. */
final class EditorHandlers {

    private EditorHandlers() {
    }

    static GlossaEditor editor(ExecutionEvent event) throws ExecutionException {
        IEditorPart part = HandlerUtil.getActiveEditorChecked(event);
        if (part instanceof GlossaEditor editor) {
            return editor;
        }
        throw new ExecutionException(Messages.Handlers_notGlossaEditor);
    }

    static GlossaEditorContext context(GlossaEditor editor) throws ExecutionException {
        GlossaEditorContext context = editor.getAdapter(GlossaEditorContext.class);
        if (context == null) {
            throw new ExecutionException(Messages.Handlers_noArticle);
        }
        return context;
    }

    static void status(GlossaEditor editor, String message) {
        editor.getEditorSite().getActionBars().getStatusLineManager().setMessage(message);
    }

    static String author() {
        return System.getProperty("user.name", "analyst");
    }
}
