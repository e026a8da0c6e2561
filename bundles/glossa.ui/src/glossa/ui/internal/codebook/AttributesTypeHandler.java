package glossa.ui.internal.codebook;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

import glossa.model.AnnotationType;
import glossa.ui.GlossaEditorContext;

/** Attributes…: the type's attribute schema (text, number, choice with its choices), replaced in one step. */
public class AttributesTypeHandler extends CodebookHandler {

    @Override
    protected Command command(Shell shell, GlossaEditorContext context, AnnotationType type) {
        if (type == null) {
            return null;
        }
        AttributesDialog dialog = new AttributesDialog(shell, type);
        return dialog.open() == Window.OK
                ? CodebookCommands.setAttributes(context.editingDomain(), type, dialog.definitions())
                : null;
    }
}
