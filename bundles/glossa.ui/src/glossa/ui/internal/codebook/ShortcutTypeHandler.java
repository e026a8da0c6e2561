package glossa.ui.internal.codebook;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.keys.IBindingService;

import glossa.model.AnnotationType;
import glossa.model.GlossaPackage.Literals;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.views.CodebookView;

/** Shortcut…: a key sequence such as Ctrl+4, refused when a key binding or another type already uses it. */
public class ShortcutTypeHandler extends CodebookHandler {

    @Override
    protected Command command(Shell shell, GlossaEditorContext context, AnnotationType type) {
        if (type == null) {
            return null;
        }
        ShortcutClash clash = new ShortcutClash(PlatformUI.getWorkbench().getService(IBindingService.class),
                context.article().document().getCodebook(), type);
        InputDialog dialog = new InputDialog(shell, Messages.Shortcut_title,
                NLS.bind(Messages.Shortcut_message, type.getName()), CodebookView.shortcut(type), clash::problem);
        if (dialog.open() != Window.OK) {
            return null;
        }
        return CodebookCommands.set(context.editingDomain(), type, Literals.ANNOTATION_TYPE__SHORTCUT,
                ShortcutClash.formal(dialog.getValue()));
    }
}
