package glossa.ui.internal.cases;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import glossa.core.cases.CaseArticles;
import glossa.core.cases.CaseCodebook;
import glossa.core.io.AtomicFileWriter;
import glossa.core.io.FileErrors;
import glossa.exchange.ExportFormat;
import glossa.exchange.FormatRegistry;
import glossa.exchange.export.CaseExporter;
import glossa.exchange.export.ExportDestination;
import glossa.exchange.export.ExportFiles;
import glossa.exchange.export.ExportOptions;
import glossa.ui.internal.nls.Labels;
import glossa.ui.internal.nls.Messages;
import glossa.ui.internal.views.CaseSummaryView;

/**
 * Export Case…: writes the selected case (or the Case Summary's) as one file in a format with a case export (HTML
 * report, CSV, JSON-LD: {@link FormatRegistry#caseExportFormats()}), chosen by the file name's extension, in a job
 * with progress. With the Case Summary active, its filter applies.
 */
public final class ExportCaseHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        IWorkbenchPart part = HandlerUtil.getActivePart(event);
        IProject project = part instanceof CaseSummaryView view ? view.project()
                : CaseResources.projectOf(HandlerUtil.getCurrentSelection(event));
        if (project == null || project.getLocation() == null) {
            MessageDialog.openInformation(shell, Messages.ExportCase_title, Messages.Case_selectFirst);
            return null;
        }
        ExportOptions options = part instanceof CaseSummaryView view && view.matrix() != null
                ? ExportOptions.defaults().withFilter(view.matrix().filter()) : ExportOptions.defaults();
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText(NLS.bind(Messages.ExportCase_dialogTitle, project.getName()));
        List<ExportFormat> formats = FormatRegistry.instance().caseExportFormats();
        dialog.setFilterExtensions(formats.stream().map(f -> "*." + f.extension()).toArray(String[]::new));
        dialog.setFilterNames(formats.stream().map(f -> Labels.exportFormat(f, true)).toArray(String[]::new));
        dialog.setFileName(project.getName() + "." + formats.get(0).extension());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        Path target = Path.of(chosen);
        // The format by the file name's extension; the first one (the HTML report) otherwise.
        ExportFormat format = FormatRegistry.byFileName(formats, target.getFileName().toString())
                .orElse(formats.get(0));
        export(project, format, options, target).schedule();
        return null;
    }

    /** The export job (public for tests): loads the case and streams it into place with {@link AtomicFileWriter}. */
    public static Job export(IProject project, ExportFormat format, ExportOptions options, Path target) {
        Job job = Job.create(NLS.bind(Messages.ExportCase_job, project.getName()), monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, 10);
            Path root = project.getLocation().toFile().toPath();
            try {
                CaseArticles.Loaded loaded = CaseArticles.load(root, progress.split(5));
                CaseExporter exporter = new CaseExporter(root, project.getName(), loaded.articles(),
                        loaded.codebook().codebook());
                // The file dialog asked before overwriting; the case's own files are refused all the same.
                ExportDestination.check(target, CaseArticles.find(root), List.of(CaseCodebook.fileOf(root)), true);
                ExportFiles.write(target, out -> exporter.export(format.caseWriter(), options, out, progress.split(5)));
                refreshIfInWorkspace(target);
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (IOException e) {
                return new Status(IStatus.ERROR, "glossa.ui", NLS.bind(Messages.ExportCase_cannotExport, project.getName(),
                        e instanceof ExportDestination.Refused || e instanceof ExportFiles.TooLarge ? e.getMessage()
                                : FileErrors.describe(target, e)), e);
            }
        });
        job.setUser(true);
        return job;
    }

    private static void refreshIfInWorkspace(Path target) {
        for (IContainer container : ResourcesPlugin.getWorkspace().getRoot()
                .findContainersForLocationURI(target.toAbsolutePath().getParent().toUri())) {
            try {
                container.refreshLocal(IResource.DEPTH_ONE, null);
            } catch (CoreException e) {
                // The file is written; the explorer shows it after the next refresh.
            }
        }
    }
}
