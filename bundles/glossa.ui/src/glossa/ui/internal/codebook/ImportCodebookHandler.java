package glossa.ui.internal.codebook;

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

    @Override
    public Object execute(ExecutionEvent event) {
        if (!(HandlerUtil.getActivePart(event) instanceof CodebookView view)) {
            return null;
        }
        Shell shell = HandlerUtil.getActiveShell(event);
        if (view.editorContext() == null && view.sharedCodebook() != null) {
            // Into the case the import is saved at once and has no undo: the wizard shows what it adds first.
            MessageDialog.openInformation(shell, Messages.Import_title, Messages.Case_importWizard);
            return null;
        }
        if (view.editorContext() == null || !view.editorContext().isEditable()) {
            return null;
        }
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
                read = CodebookFileReader.read(file, format);
            } catch (CodebookFileReader.UnreadableCodebook e) {
                shell.getDisplay().asyncExec(() -> failed.accept(e.getMessage()));
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
        ImportResult result = addTypes(context, read, file);
        done.accept(NLS.bind(Messages.Import_done, new Object[] { result.report().imported(),
                result.report().alreadyPresent(), file.getFileName() }));
    }

    /**
     * Adds the types of {@code read} that the editor's codebook lacks, as one undoable command named after the file;
     * returns what was added and what was already there. Call on the UI thread (File &gt; Import's wizard too).
     */
    public static ImportResult addTypes(GlossaEditorContext context, Codebook read, Path file) {
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
        return result;
    }
}
