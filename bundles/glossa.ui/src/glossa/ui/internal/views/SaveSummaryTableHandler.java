package glossa.ui.internal.views;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import glossa.core.io.AtomicFileWriter;
import glossa.exchange.export.SummaryTable;
import glossa.ui.internal.nls.Messages;

/** Save Table As…: the Section Summary's table as shown, as a CSV file that spreadsheets open safely. */
public final class SaveSummaryTableHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (!(HandlerUtil.getActivePartChecked(event) instanceof SectionSummaryView view)) {
            return null;
        }
        SummaryTable table = view.table();
        if (table == null) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShellChecked(event);
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.csv" });
        dialog.setFilterNames(new String[] { Messages.SectionSummary_csv });
        dialog.setFileName(Messages.SectionSummary_tableFileName);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            try {
                save(table, Path.of(chosen));
            } catch (IOException | RuntimeException e) {
                MessageDialog.openError(shell, Messages.SectionSummary_saveTable,
                        NLS.bind(Messages.SectionSummary_cannotSave, chosen, e.getMessage()));
            }
        }
        return null;
    }

    /**
     * Writes the table as UTF-8 CSV with a byte order mark, so that Excel reads the Chinese; atomically
     * ({@link AtomicFileWriter}): a reader never sees half a file, and a failure leaves an existing file as it was.
     */
    public static void save(SummaryTable table, Path target) throws IOException {
        new AtomicFileWriter().write(target, ("\uFEFF" + table.csv()).getBytes(StandardCharsets.UTF_8));
    }
}
