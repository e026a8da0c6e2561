package glossa.ui.views;

import org.eclipse.emf.common.command.Command;

import glossa.ui.GlossaEditorContext;

/**
 * The one place where views and the outline run commands on the editor's document, so they join the editor's undo
 * history. When the editor's {@code GlossaEditorContext.execute(Command)} is in main, this delegates to it (it puts
 * the command on the workbench operation history together with text edits).
 */
public final class ViewCommands {

    private ViewCommands() {
    }

    public static boolean execute(GlossaEditorContext context, Command command) {
        if (context == null || !command.canExecute()) {
            return false;
        }
        context.editingDomain().getCommandStack().execute(command);
        return true;
    }
}
