package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.ui.internal.transfer.ExportCaseWizard;
import glossa.ui.internal.transfer.ImportArticlesWizard;

/**
 * Import Articles and Export Case are in the one Import and the one Export wizard list (category Glossa), and work
 * from there: articles are copied into the chosen case, the case is written as one file.
 */
class TransferWizardsTest {

    @TempDir
    Path outside;

    private IProject project;

    @BeforeEach
    void createCase() throws CoreException {
        project = ResourcesPlugin.getWorkspace().getRoot().getProject("transfer-" + System.nanoTime());
        project.create(null);
        project.open(null);
    }

    @AfterEach
    void deleteCase() throws CoreException {
        project.delete(true, true, null);
    }

    static IWizardDescriptor importWizard(String id) {
        return PlatformUI.getWorkbench().getImportWizardRegistry().findWizard(id);
    }

    static IWizardDescriptor exportWizard(String id) {
        return PlatformUI.getWorkbench().getExportWizardRegistry().findWizard(id);
    }

    /** Opens the wizard of a descriptor on the case, as File > Import/Export does, without blocking. */
    static WizardDialog open(IWizardDescriptor descriptor, IProject project) throws CoreException {
        IWorkbenchWizard wizard = descriptor.createWizard();
        wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        WizardDialog dialog = new WizardDialog(shell, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }

    @Test
    void bothAreInTheGlossaCategoryOfTheOneList() {
        IWizardDescriptor importArticles = importWizard("glossa.ui.importArticlesWizard");
        IWizardDescriptor exportCase = exportWizard("glossa.ui.exportCaseWizard");
        assertNotNull(importArticles);
        assertNotNull(exportCase);
        assertEquals("Glossa", importArticles.getCategory().getLabel());
        assertEquals("Glossa", exportCase.getCategory().getLabel());
        assertEquals("Articles into a Case", importArticles.getLabel());
        assertEquals("Case as One File", exportCase.getLabel());
    }

    @Test
    void importsArticlesAndExportsTheCase() throws Exception {
        Path article = outside.resolve("news.txt");
        Files.writeString(article, "标题\n出口管制的消息。\n", StandardCharsets.UTF_8);
        WizardDialog importDialog = open(importWizard("glossa.ui.importArticlesWizard"), project);
        ImportArticlesWizard importer = (ImportArticlesWizard) importDialog.getCurrentPage().getWizard();
        assertFalse(importer.canFinish(), "no files yet");
        importer.addFiles(List.of(article));
        assertTrue(importer.canFinish());
        assertTrue(importer.performFinish());
        importDialog.close();
        importer.job().join();
        assertTrue(project.getFile("news.txt").exists(), "copied into the chosen case");

        Path report = outside.resolve("case.html");
        WizardDialog exportDialog = open(exportWizard("glossa.ui.exportCaseWizard"), project);
        ExportCaseWizard exporter = (ExportCaseWizard) exportDialog.getCurrentPage().getWizard();
        assertFalse(exporter.canFinish(), "no file yet");
        exporter.setTarget(Path.of("relative.html"));
        assertFalse(exporter.canFinish(), "a relative path is refused");
        exporter.setTarget(report);
        assertTrue(exporter.canFinish());
        assertTrue(exporter.performFinish());
        exportDialog.close();
        exporter.job().join();
        assertTrue(exporter.job().getResult().isOK(), String.valueOf(exporter.job().getResult()));
        assertTrue(Files.readString(report, StandardCharsets.UTF_8).contains("出口管制的消息"));
    }
}
