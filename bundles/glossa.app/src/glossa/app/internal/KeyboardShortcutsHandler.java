package glossa.app.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.keys.IBindingService;

/** Help &gt; Keyboard Shortcuts: Glossa's keys in one table ({@link KeyboardShortcuts}). */
public class KeyboardShortcutsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        var window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window != null) {
            new ShortcutsDialog(window.getShell(), window.getService(IBindingService.class)).open();
        }
        return null;
    }

    /** The table, with a Close button. */
    public static final class ShortcutsDialog extends Dialog {

        private final IBindingService bindings;
        private TableViewer table;

        public ShortcutsDialog(Shell shell, IBindingService bindings) {
            super(shell);
            this.bindings = bindings;
            setShellStyle(getShellStyle() | SWT.RESIZE);
        }

        @Override
        protected void configureShell(Shell shell) {
            super.configureShell(shell);
            shell.setText(Messages.Shortcuts_title);
        }

        @Override
        protected Control createDialogArea(Composite parent) {
            Composite area = (Composite) super.createDialogArea(parent);
            table = new TableViewer(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
            table.getTable().setHeaderVisible(true);
            GridDataFactory.fillDefaults().grab(true, true).hint(520, 420).applyTo(table.getControl());
            table.setContentProvider(ArrayContentProvider.getInstance());
            column(Messages.Shortcuts_command, 330, true);
            column(Messages.Shortcuts_keys, 170, false);
            table.setInput(KeyboardShortcuts.of(bindings));
            return area;
        }

        private void column(String title, int width, boolean command) {
            TableViewerColumn column = new TableViewerColumn(table, SWT.LEFT);
            column.getColumn().setText(title);
            column.getColumn().setWidth(width);
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    KeyboardShortcuts.Entry entry = (KeyboardShortcuts.Entry) element;
                    return command ? entry.command() : entry.keys();
                }
            });
        }

        public TableViewer table() {
            return table;
        }

        @Override
        protected void createButtonsForButtonBar(Composite parent) {
            createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
        }

        @Override
        protected void buttonPressed(int buttonId) {
            close();
        }
    }
}
