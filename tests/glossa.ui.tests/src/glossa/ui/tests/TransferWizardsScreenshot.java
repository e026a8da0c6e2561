package glossa.ui.tests;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

import glossa.ui.internal.transfer.ExportCaseWizard;
import glossa.ui.internal.transfer.ImportArticlesWizard;

/**
 * Pictures of the Import Articles and Export Case wizards for the docs ({@code docs/import-articles-wizard.png},
 * {@code docs/export-case-wizard.png}). Not a test of behaviour (run it by name: {@code -Dtest=TransferWizardsScreenshot}).
 */
class TransferWizardsScreenshot {

    @Test
    void wizards() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("policy-case");
        project.create(null);
        project.open(null);
        Path repo = Path.of(System.getProperty("glossa.repo", "."));
        try {
            WizardDialog importDialog = TransferWizardsTest.open(
                    TransferWizardsTest.importWizard("glossa.ui.importArticlesWizard"), project);
            ((ImportArticlesWizard) importDialog.getCurrentPage().getWizard()).addFiles(java.util.List.of(
                    repo.resolve("samples/glossa-sample.zh.txt"), repo.resolve("samples/glossa-sample.en.md")));
            TestSupport.processEvents(Display.getCurrent(), 1200);
            EditorTestSupport.saveWindowPng(importDialog.getShell(), Harness.docs("import-articles-wizard.png"));
            importDialog.close();

            WizardDialog exportDialog = TransferWizardsTest.open(
                    TransferWizardsTest.exportWizard("glossa.ui.exportCaseWizard"), project);
            ((ExportCaseWizard) exportDialog.getCurrentPage().getWizard()).setTarget(
                    Path.of("/home/analyst/policy-case.html"));
            TestSupport.processEvents(Display.getCurrent(), 1200);
            EditorTestSupport.saveWindowPng(exportDialog.getShell(), Harness.docs("export-case-wizard.png"));
            exportDialog.close();
        } finally {
            project.delete(true, true, null);
        }
    }
}
