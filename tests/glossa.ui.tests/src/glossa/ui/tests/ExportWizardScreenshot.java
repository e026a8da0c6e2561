package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.Codebooks;
import glossa.model.Document;
import glossa.ui.GlossaEditorContext;
import glossa.ui.internal.commands.AnnotationCommands;
import glossa.ui.internal.editor.GlossaEditor;
import glossa.ui.internal.exports.ExportReportWizard;

/**
 * Not a unit test (skipped by the normal build): saves docs/export-wizard.png, the export wizard's filter page over
 * the workbench with the annotated sample. Run with {@code -Dtest=ExportWizardScreenshot
 * -Dsurefire.failIfNoSpecifiedTests=false} under Xvfb.
 */
class ExportWizardScreenshot {

    @TempDir
    Path dir;

    @Test
    void wizardOverWorkbench() throws Exception {
        GlossaEditor editor = EditorTestSupport.open(EditorTestSupport.copySample(dir));
        GlossaEditorContext context = editor.getAdapter(GlossaEditorContext.class);
        Document document = context.article().document();
        String text = context.article().text();
        String[][] spans = { { "技术出口管制", "claim" }, { "人才流动限制", "policy-measure" },
                { "《芯片与科学法案》", "policy-measure" }, { "全链条封锁", "counter-strategy" } };
        for (String[] span : spans) {
            int at = text.indexOf(span[0]);
            context.execute(AnnotationCommands.add(context.editingDomain(), document, AnnotationFactory.create(text,
                    Codebooks.find(document.getCodebook(), span[1]).orElseThrow(), at, at + span[0].length(), "analyst")));
        }
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        window.setBounds(0, 0, 1400, 900);
        ExportReportWizard wizard = new ExportReportWizard();
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(window, wizard);
        dialog.setBlockOnOpen(false);
        dialog.open();
        wizard.formatPage().setKind(glossa.ui.internal.exports.ReportKind.of("html"));
        dialog.showPage(wizard.filterPage());
        wizard.filterPage().setTypeChecked("counter-strategy", false);
        TestSupport.processEvents(Display.getCurrent(), 1500);

        try {
            Path png = Harness.docs("export-wizard.png");
            EditorTestSupport.saveWindowPng(window, png);
            assertTrue(Files.size(png) > 10_000, "a screenshot was saved");
        } finally {
            dialog.close();
            EditorTestSupport.page().closeAllEditors(false);
        }
    }
}
