package glossa.ui.internal.codebook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import glossa.core.io.AtomicFileWriter;
import glossa.exchange.CodebookFormat;
import glossa.model.Codebook;
import glossa.ui.internal.views.CodebookView;

/**
 * Export Codebook…: the codebook the Codebook view shows, in a codebook format of the registry, written atomically
 * in a job (the model is serialised on the UI thread that owns it; only the file is written off it).
 */
public class ExportCodebookHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActivePart(event) instanceof CodebookView view)
                || (view.editorContext() == null && view.sharedCodebook() == null)) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShell(event);
        Codebook codebook = view.editorContext() != null ? view.editorContext().article().document().getCodebook()
                : view.sharedCodebook().snapshot();
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(Messages.Export_title);
        dialog.setOverwrite(true);
        CodebookFiles.filters(dialog, false);
        dialog.setFileName("codebook." + CodebookFiles.formats().get(0).extension());
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        CodebookFormat format = CodebookFiles.formatOf(chosen, dialog, false);
        byte[] bytes;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            format.write(codebook, out);
            bytes = out.toByteArray();
        } catch (IOException e) {
            MessageDialog.openError(shell, Messages.Export_title, NLS.bind(Messages.Export_failed, chosen,
                    e.getMessage()));
            return null;
        }
        Job job = Job.create(NLS.bind(Messages.Export_job, chosen), monitor -> {
            try {
                new AtomicFileWriter().write(Path.of(chosen), bytes);
                return Status.OK_STATUS;
            } catch (IOException e) {
                return Status.error(NLS.bind(Messages.Export_failed, chosen, e.getMessage()), e);
            }
        });
        job.setUser(true);
        job.schedule();
        return null;
    }
}
