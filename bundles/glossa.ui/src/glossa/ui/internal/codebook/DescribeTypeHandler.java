package glossa.ui.internal.codebook;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;

import glossa.model.AnnotationType;
import glossa.model.GlossaPackage.Literals;
import glossa.ui.GlossaEditorContext;

/** Describe…: the type's definition, what coders read before they apply it. */
public class DescribeTypeHandler extends CodebookHandler {

    @Override
    protected Command command(Shell shell, GlossaEditorContext context, AnnotationType type) {
        if (type == null) {
            return null;
        }
        InputDialog dialog = new InputDialog(shell, Messages.Describe_title,
                NLS.bind(Messages.Describe_message, type.getName()),
                type.getDescription() == null ? "" : type.getDescription(), null) {
            @Override
            protected int getInputTextStyle() {
                return SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL;
            }
        };
        if (dialog.open() != Window.OK) {
            return null;
        }
        String text = dialog.getValue().strip();
        return CodebookCommands.set(context.editingDomain(), type, Literals.ANNOTATION_TYPE__DESCRIPTION,
                text.isEmpty() ? null : text);
    }
}
