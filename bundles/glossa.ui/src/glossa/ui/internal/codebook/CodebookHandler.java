package glossa.ui.internal.codebook;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import glossa.model.AnnotationType;
import glossa.model.Codebook;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.views.CodebookView;
import glossa.ui.internal.views.ViewCommands;

/**
 * A command of the Codebook view on its selected type (or on none). On an article's codebook the command joins the
 * editor's undo history; on the case's shared codebook (no article open) it is a {@link CaseTypeChange} run by the
 * view in the case's undo context.
 */
abstract class CodebookHandler extends AbstractHandler {

    @Override
    public final Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActivePart(event) instanceof CodebookView view)) {
            return null;
        }
        Object first = view.viewer().getStructuredSelection().getFirstElement();
        AnnotationType type = first instanceof AnnotationType t ? t : null;
        Shell shell = HandlerUtil.getActiveShell(event);
        if (view.editorContext() != null) {
            if (view.editorContext().isEditable()) {
                Command command = command(shell, view.editorContext(), type);
                if (command != null) {
                    ViewCommands.execute(view.editorContext(), command);
                }
            }
        } else if (view.sharedCodebook() != null) {
            CaseTypeChange change = caseChange(shell, view, view.sharedCodebook().codebook(), type);
            if (change != null) {
                view.runCaseChange(change);
            }
        }
        return null;
    }

    /** The command to run, or null when the analyst cancelled (or {@code type} is needed and null). */
    protected abstract Command command(Shell shell, GlossaEditorContext context, AnnotationType type);

    /**
     * The change to make to the case's shared codebook (shown with no article open), or null when cancelled. By
     * default the command needs an article (it works on annotations) and says so.
     */
    protected CaseTypeChange caseChange(Shell shell, CodebookView view, Codebook codebook, AnnotationType type) {
        MessageDialog.openInformation(shell, Messages.Case_needsArticleTitle, Messages.Case_needsArticle);
        return null;
    }
}
