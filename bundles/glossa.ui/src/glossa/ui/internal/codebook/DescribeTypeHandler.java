package glossa.ui.internal.codebook;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Shell;

import glossa.model.AnnotationType;
import glossa.model.Codebook;
import glossa.model.GlossaPackage.Literals;

/** Describe…: the type's definition, what coders read before they apply it. */
public class DescribeTypeHandler extends TypeFieldHandler {

    @Override
    protected EAttribute feature() {
        return Literals.ANNOTATION_TYPE__DESCRIPTION;
    }

    @Override
    protected Object ask(Shell shell, Codebook codebook, AnnotationType type) {
        InputDialog dialog = new InputDialog(shell, Messages.Describe_title,
                NLS.bind(Messages.Describe_message, type.getName()),
                type.getDescription() == null ? "" : type.getDescription(), null) {
            @Override
            protected int getInputTextStyle() {
                return SWT.MULTI | SWT.BORDER | SWT.WRAP | SWT.V_SCROLL;
            }
        };
        if (dialog.open() != Window.OK) {
            return CANCELLED;
        }
        String text = dialog.getValue().strip();
        return text.isEmpty() ? null : text;
    }
}
