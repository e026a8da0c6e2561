package glossa.ui.internal.handlers;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;

import glossa.model.Annotation;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.commands.AnnotationCommands;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.nls.Messages;

/** Edits the memo of the annotation at the caret (undoable). */
public class EditMemoHandler extends AnnotationAtCaretHandler {

    public EditMemoHandler() {
        super(Messages.Caret_noAnnotation);
    }

    @Override
    protected void execute(GlossaEditor editor, GlossaEditorContext context, Annotation annotation) {
        InputDialog dialog = new InputDialog(editor.getSite().getShell(), Messages.EditMemo_title,
                NLS.bind(Messages.EditMemo_message, annotation.getQuote()), annotation.getMemo() == null ? "" : annotation.getMemo(),
                null) {
            @Override
            protected int getInputTextStyle() {
                return SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL;
            }
        };
        if (dialog.open() == Window.OK) {
            context.execute(AnnotationCommands.setMemo(context.editingDomain(), annotation, dialog.getValue()));
        }
    }
}
