package glossa.ui.internal.codebook;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import glossa.model.AnnotationType;
import glossa.model.Document;
import glossa.ui.GlossaEditorContext;

/** Split…: moves the annotations the analyst picks from a type to a new child type, in one step. */
public class SplitTypeHandler extends CodebookHandler {

    @Override
    protected Command command(Shell shell, GlossaEditorContext context, AnnotationType type) {
        if (type == null) {
            return null;
        }
        Document document = context.article().document();
        SplitDialog dialog = new SplitDialog(shell, type, CodebookCommands.annotationsOf(document, type),
                TypeNames.validator(document.getCodebook(), null));
        if (dialog.open() != Window.OK) {
            return null;
        }
        return CodebookCommands.split(context.editingDomain(), document, type, dialog.name(), dialog.chosen());
    }
}
