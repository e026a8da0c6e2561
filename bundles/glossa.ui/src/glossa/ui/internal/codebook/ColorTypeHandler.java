package glossa.ui.internal.codebook;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.jface.preference.PreferenceConverter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Shell;

import glossa.model.AnnotationType;
import glossa.model.Codebook;
import glossa.model.GlossaPackage.Literals;
import glossa.ui.internal.appearance.TypeColors;

/**
 * Colour…: the platform's colour picker. The three built-in types take their editor colour from the preferences
 * (Glossa's preference page), so their preference follows the pick too; the codebook colour is the undoable part.
 */
public class ColorTypeHandler extends TypeFieldHandler {

    @Override
    protected EAttribute feature() {
        return Literals.ANNOTATION_TYPE__COLOR;
    }

    @Override
    protected Object ask(Shell shell, Codebook codebook, AnnotationType type) {
        ColorDialog dialog = new ColorDialog(shell);
        dialog.setText(NLS.bind(Messages.Color_title, type.getName()));
        dialog.setRGB(TypeColors.rgb(type));
        RGB rgb = dialog.open();
        if (rgb == null) {
            return CANCELLED;
        }
        if (type.isBuiltIn() && TypeColors.BUILT_IN.contains(type.getId())) {
            PreferenceConverter.setValue(TypeColors.store(), TypeColors.colorKey(type.getId()), rgb);
        }
        return TypeColors.hex(rgb);
    }
}
