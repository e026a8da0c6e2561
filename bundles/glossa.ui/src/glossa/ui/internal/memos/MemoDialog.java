package glossa.ui.internal.memos;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;

import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.views.ViewCommands;

/** Asks for a memo (several lines) and writes it as one undoable command. */
public final class MemoDialog {

    private MemoDialog() {
    }

    /** True when the memo was written. */
    public static boolean edit(Shell shell, GlossaEditorContext context, Object owner, String title, String message) {
        String current = MemoCommands.get(owner);
        InputDialog dialog = new InputDialog(shell, title, message, current == null ? "" : current, null) {
            @Override
            protected int getInputTextStyle() {
                return SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL;
            }

            @Override
            protected boolean isResizable() {
                return true;
            }
        };
        return dialog.open() == Window.OK
                && ViewCommands.execute(context, MemoCommands.set(context.editingDomain(), owner, dialog.getValue()));
    }
}
