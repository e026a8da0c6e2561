package glossa.ui.internal.views;

import org.eclipse.emf.common.command.Command;

import glossa.ui.GlossaEditorContext;

/**
 * The one place where views and the outline run commands on the editor's document, so they join the editor's undo
 * history: {@code GlossaEditorContext.execute(Command)} puts the command on the workbench operation history together
 * with the text edits, so Edit &gt; Undo undoes a delete or retype from the views in order.
 */
public final class ViewCommands {

    private ViewCommands() {
    }

    public static boolean execute(GlossaEditorContext context, Command command) {
        return context != null && command.canExecute() && context.execute(command);
    }
}
