package glossa.ui.internal.codebook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import glossa.exchange.CodebookFormat;
import glossa.exchange.imports.CodebookImport;
import glossa.exchange.imports.ImportFormatException;
import glossa.exchange.imports.ImportResult;
import glossa.model.Codebook;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.views.CodebookView;
import glossa.ui.internal.views.ViewCommands;

/**
 * Import Codebook…: reads a codebook file of any format of the registry in a job, then adds the types the codebook
 * lacks ({@link CodebookImport}) in one undoable step; a case's shared codebook receives them like any new type.
 */
public class ImportCodebookHandler extends AbstractHandler {

    /** The largest codebook file read (a codebook of 10,000 codes is about 2 MB). */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActivePart(event) instanceof CodebookView view) || view.editorContext() == null
                || !view.editorContext().isEditable()) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShell(event);
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText(Messages.Import_title);
        CodebookFiles.filters(dialog, true);
        String chosen = dialog.open();
        if (chosen != null) {
            importFile(view.editorContext(), Path.of(chosen), CodebookFiles.formatOf(chosen, dialog, true), shell,
                    done -> view.getViewSite().getActionBars().getStatusLineManager().setMessage(done),
                    reason -> MessageDialog.openError(shell, Messages.Import_title,
                            NLS.bind(Messages.Import_failed, reason)));
        }
        return null;
    }

    /**
     * Reads the file in a job, then adds its types on the UI thread and tells {@code done} what was added, or tells
     * {@code failed} why nothing was (public for the UI test).
     */
    public static Job importFile(GlossaEditorContext context, Path file, CodebookFormat format, Shell shell,
            Consumer<String> done, Consumer<String> failed) {
        Job job = Job.create(NLS.bind(Messages.Import_job, file.getFileName()), monitor -> {
            Codebook read;
            try {
                if (Files.size(file) > MAX_BYTES) {
                    throw new IOException(NLS.bind(Messages.Import_tooLarge, MAX_BYTES / (1024 * 1024)));
                }
                read = format.read(Files.readAllBytes(file));
            } catch (ImportFormatException e) {
                String reason = file + ":" + e.line() + ":" + e.column() + ": " + e.reason();
                shell.getDisplay().asyncExec(() -> failed.accept(reason));
                return Status.OK_STATUS;
            } catch (IOException e) {
                String reason = file + ": " + e.getMessage();
                shell.getDisplay().asyncExec(() -> failed.accept(reason));
                return Status.OK_STATUS;
            }
            shell.getDisplay().asyncExec(() -> add(context, read, file, shell, done));
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }

    private static void add(GlossaEditorContext context, Codebook read, Path file, Shell shell,
            Consumer<String> done) {
        if (shell.isDisposed() || !context.isEditable()) {
            return; // the editor closed while the file was read
        }
        Codebook codebook = context.article().document().getCodebook();
        ImportResult result = CodebookImport.additions(codebook, read);
        if (!result.types().isEmpty()) {
            CompoundCommand command = new CompoundCommand(NLS.bind(Messages.Import_command, file.getFileName()));
            for (ImportResult.TypeAddition addition : result.types()) {
                command.append(CodebookCommands.add(context.editingDomain(), codebook, addition.parent(),
                        addition.type()));
            }
            ViewCommands.execute(context, command);
        }
        done.accept(NLS.bind(Messages.Import_done, new Object[] { result.report().imported(),
                result.report().alreadyPresent(), file.getFileName() }));
    }
}
