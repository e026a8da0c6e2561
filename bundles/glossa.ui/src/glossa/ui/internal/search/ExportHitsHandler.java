package glossa.ui.internal.search;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import glossa.ui.internal.views.SearchView;

/** "Export Hits as CSV…": the selected hits (all when none is selected), in the table's order. */
public final class ExportHitsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActivePart(event) instanceof SearchView view)) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShell(event);
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.ExportHits_title);
        dialog.setFilterExtensions(new String[] { "*.csv" });
        dialog.setFileName("search.csv");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file == null) {
            return null;
        }
        try {
            HitsCsv.write(view.chosenHits(), Path.of(file));
        } catch (IOException e) {
            MessageDialog.openError(shell, Messages.ExportHits_title,
                    NLS.bind(Messages.ExportHits_failed, file, e.getMessage()));
        }
        return null;
    }
}
