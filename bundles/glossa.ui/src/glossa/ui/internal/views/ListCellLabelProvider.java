package glossa.ui.internal.views;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

/**
 * A cell label provider that paints cells in the platform's list colours unless told otherwise. The workbench's CSS
 * theme may give view trees a dark inherited background that widget colours do not override; cell colours do.
 */
public class ListCellLabelProvider extends ColumnLabelProvider {

    @Override
    public Color getBackground(Object element) {
        return Display.getCurrent().getSystemColor(SWT.COLOR_LIST_BACKGROUND);
    }

    @Override
    public Color getForeground(Object element) {
        return Display.getCurrent().getSystemColor(SWT.COLOR_LIST_FOREGROUND);
    }
}
