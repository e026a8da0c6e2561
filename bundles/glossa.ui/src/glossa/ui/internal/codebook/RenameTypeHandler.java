package glossa.ui.internal.codebook;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import glossa.model.AnnotationType;
import glossa.model.Codebook;
import glossa.model.GlossaPackage.Literals;

/** Rename…: the type's display name (its id, which annotations and other articles refer to, stays). */
public class RenameTypeHandler extends TypeFieldHandler {

    @Override
    protected EAttribute feature() {
        return Literals.ANNOTATION_TYPE__NAME;
    }

    @Override
    protected Object ask(Shell shell, Codebook codebook, AnnotationType type) {
        InputDialog dialog = new InputDialog(shell, Messages.Rename_title, NLS.bind(Messages.Rename_message, type.getName()),
                type.getName(), TypeNames.validator(codebook, type));
        return dialog.open() == Window.OK ? dialog.getValue().strip() : CANCELLED;
    }
}
