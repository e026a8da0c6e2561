package glossa.ui.internal.codebook;

import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Shell;

import glossa.model.AnnotationType;
import glossa.model.GlossaPackage.Literals;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.appearance.TypeColors;

/**
 * Colour…: the platform's colour picker. The three built-in types take their editor colour from the preferences
 * (Glossa's preference page), so their preference follows the pick too; the codebook colour is the undoable part.
 */
public class ColorTypeHandler extends CodebookHandler {

    @Override
    protected Command command(Shell shell, GlossaEditorContext context, AnnotationType type) {
        if (type == null) {
            return null;
        }
        ColorDialog dialog = new ColorDialog(shell);
        dialog.setText(NLS.bind(Messages.Color_title, type.getName()));
        dialog.setRGB(TypeColors.rgb(type));
        RGB rgb = dialog.open();
        if (rgb == null) {
            return null;
        }
        if (type.isBuiltIn() && TypeColors.BUILT_IN.contains(type.getId())) {
            PreferenceConverter.setValue(TypeColors.store(), TypeColors.colorKey(type.getId()), rgb);
        }
        return CodebookCommands.set(context.editingDomain(), type, Literals.ANNOTATION_TYPE__COLOR, TypeColors.hex(rgb));
    }
}
