package glossa.ui.internal.appearance;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;

/** The platform's list colours for trees and tables. */
public final class ListColours {

    private ListColours() {
    }

    /**
     * Gives a tree or table the platform's list colours. Some themes leave view backgrounds dark and trees inherit
     * them, which hides the default black text; the system list colours follow the platform theme either way.
     */
    public static void apply(Control control) {
        control.setBackground(control.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        control.setForeground(control.getDisplay().getSystemColor(SWT.COLOR_LIST_FOREGROUND));
    }
}
