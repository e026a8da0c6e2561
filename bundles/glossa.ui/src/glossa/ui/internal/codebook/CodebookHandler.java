package glossa.ui.internal.codebook;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import glossa.model.AnnotationType;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.views.CodebookView;
import glossa.ui.internal.views.ViewCommands;

/** A command of the Codebook view on its selected type (or on none); the command joins the editor's undo history. */
abstract class CodebookHandler extends AbstractHandler {

    @Override
    public final Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActivePart(event) instanceof CodebookView view && view.editorContext() != null
                && view.editorContext().isEditable()) {
            Object first = view.viewer().getStructuredSelection().getFirstElement();
            Command command = command(HandlerUtil.getActiveShell(event), view.editorContext(),
                    first instanceof AnnotationType type ? type : null);
            if (command != null) {
                ViewCommands.execute(view.editorContext(), command);
            }
        }
        return null;
    }

    /** The command to run, or null when the analyst cancelled (or {@code type} is needed and null). */
    protected abstract Command command(Shell shell, GlossaEditorContext context, AnnotationType type);
}
