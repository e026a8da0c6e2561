package glossa.ui.internal.codebook;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;

import glossa.model.AnnotationType;
import glossa.model.Codebook;
import glossa.model.GlossaPackage.Literals;
import glossa.ui.internal.views.CodebookView;

/** Shortcut…: a key sequence such as Ctrl+4, refused when a key binding or another type already uses it. */
public class ShortcutTypeHandler extends TypeFieldHandler {

    @Override
    protected EAttribute feature() {
        return Literals.ANNOTATION_TYPE__SHORTCUT;
    }

    @Override
    protected Object ask(Shell shell, Codebook codebook, AnnotationType type) {
        ShortcutClash clash = new ShortcutClash(PlatformUI.getWorkbench().getService(IBindingService.class), codebook,
                type);
        InputDialog dialog = new InputDialog(shell, Messages.Shortcut_title,
                NLS.bind(Messages.Shortcut_message, type.getName()), CodebookView.shortcut(type), clash::problem);
        return dialog.open() == Window.OK ? ShortcutClash.formal(dialog.getValue()) : CANCELLED;
    }
}
