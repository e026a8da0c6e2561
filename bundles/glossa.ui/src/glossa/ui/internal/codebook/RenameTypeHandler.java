package glossa.ui.internal.codebook;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import glossa.model.AnnotationType;
import glossa.model.GlossaPackage.Literals;
import glossa.ui.GlossaEditorContext;

/** Rename…: the type's display name (its id, which annotations and other articles refer to, stays). */
public class RenameTypeHandler extends CodebookHandler {

    @Override
    protected Command command(Shell shell, GlossaEditorContext context, AnnotationType type) {
        if (type == null) {
            return null;
        }
        InputDialog dialog = new InputDialog(shell, Messages.Rename_title, NLS.bind(Messages.Rename_message, type.getName()),
                type.getName(), TypeNames.validator(context.article().document().getCodebook(), type));
        return dialog.open() == Window.OK
                ? CodebookCommands.set(context.editingDomain(), type, Literals.ANNOTATION_TYPE__NAME, dialog.getValue().strip())
                : null;
    }
}
