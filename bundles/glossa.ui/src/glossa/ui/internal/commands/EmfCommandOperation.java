package glossa.ui.internal.commands;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.osgi.util.NLS;

import glossa.ui.GlossaUiPlugin;
import glossa.ui.internal.nls.Messages;

/**
 * Runs one EMF command as a workbench operation in the editor's undo context, so that annotation changes and text
 * edits share one history in the order they happened. The EMF command stack still records the command (it tracks
 * the save point, i.e. the annotations' dirty state); undo and redo here move that stack in step.
 */
public class EmfCommandOperation extends AbstractOperation {

    private final CommandStack stack;
    private final Command command;
    private final Runnable afterChange;

    public EmfCommandOperation(CommandStack stack, Command command, IUndoContext context, Runnable afterChange) {
        super(command.getLabel() == null ? Messages.Command_default : command.getLabel());
        this.stack = stack;
        this.command = command;
        this.afterChange = afterChange;
        addContext(context);
    }

    public Command command() {
        return command;
    }

    @Override
    public boolean canExecute() {
        return command.canExecute();
    }

    @Override
    public boolean canUndo() {
        return stack.getUndoCommand() == command && stack.canUndo();
    }

    @Override
    public boolean canRedo() {
        return stack.getRedoCommand() == command && stack.canRedo();
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        if (!command.canExecute()) {
            return Status.CANCEL_STATUS;
        }
        stack.execute(command);
        afterChange.run();
        return Status.OK_STATUS;
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        if (!canUndo()) {
            return Status.error(NLS.bind(Messages.Command_cannotUndo, getLabel()));
        }
        stack.undo();
        afterChange.run();
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        if (!canRedo()) {
            return new Status(IStatus.ERROR, GlossaUiPlugin.PLUGIN_ID, NLS.bind(Messages.Command_cannotRedo, getLabel()));
        }
        stack.redo();
        afterChange.run();
        return Status.OK_STATUS;
    }
}
