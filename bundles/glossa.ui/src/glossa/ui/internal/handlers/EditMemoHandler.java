package glossa.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;

import glossa.model.Annotation;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.commands.AnnotationCommands;
import glossa.ui.internal.editor.GlossaEditor;

/** Edits the memo of the annotation at the caret (undoable). */
public class EditMemoHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        GlossaEditor editor = EditorHandlers.editor(event);
        GlossaEditorContext context = EditorHandlers.context(editor);
        Annotation annotation = editor.annotationAtCaret();
        if (annotation == null) {
            EditorHandlers.status(editor, "No annotation at the caret.");
            return null;
        }
        InputDialog dialog = new InputDialog(editor.getSite().getShell(), "Memo",
                "Memo for “" + annotation.getQuote() + "”:", annotation.getMemo() == null ? "" : annotation.getMemo(),
                null) {
            @Override
            protected int getInputTextStyle() {
                return SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL;
            }
        };
        if (dialog.open() == Window.OK) {
            context.execute(AnnotationCommands.setMemo(context.editingDomain(), annotation, dialog.getValue()));
        }
        return null;
    }
}
