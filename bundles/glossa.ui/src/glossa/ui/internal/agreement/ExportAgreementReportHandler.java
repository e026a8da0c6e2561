package glossa.ui.internal.agreement;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import glossa.ui.internal.views.AgreementView;

/**
 * Asks where to write the agreement report (HTML or CSV, by the chosen extension) and lets the Agreement view write
 * it in a job. Active while that view is.
 */
public final class ExportAgreementReportHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActivePart(event) instanceof AgreementView view)) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShell(event);
        if (view.figures() == null) {
            MessageDialog.openInformation(shell, Messages.Report_dialog, Messages.Report_nothing);
            return null;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.Report_dialog);
        dialog.setFilterExtensions(new String[] { "*.html", "*.csv" });
        dialog.setFilterNames(new String[] { "HTML (*.html)", "CSV (*.csv)" });
        dialog.setFileName("agreement.html");
        dialog.setOverwrite(true);
        String file = dialog.open();
        if (file != null) {
            Path target = Path.of(file);
            if (!file.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(html?|csv)")) {
                target = Path.of(file + (dialog.getFilterIndex() == 1 ? ".csv" : ".html"));
            }
            view.exportReport(target);
        }
        return null;
    }
}
