package glossa.ui.internal.exports;

import java.net.MalformedURLException;
import java.nio.file.Path;

import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import glossa.ui.internal.nls.Messages;

/** Opens an exported file for the analyst: HTML in the system browser, the rest with the system's program. */
final class ResultOpener {

    private ResultOpener() {
    }

    static void open(Shell shell, Path file, ReportKind kind) {
        if ("html".equals(kind.extension())) {
            try {
                PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser().openURL(file.toUri().toURL());
                return;
            } catch (PartInitException | MalformedURLException e) {
                ILog.of(ResultOpener.class).warn("No external browser for " + file + "; trying the system program", e);
            }
        }
        if (!Program.launch(file.toString())) {
            MessageDialog.openInformation(shell, Messages.ExportReport_title,
                    NLS.bind(Messages.ResultOpener_noProgram, file, kind.extension()));
        }
    }
}
