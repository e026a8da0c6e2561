package glossa.ui.tests;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

import glossa.exchange.FormatRegistry;
import glossa.model.AnnotationType;
import glossa.model.Codebook;
import glossa.model.GlossaFactory;
import glossa.ui.internal.transfer.ExportCodebookWizard;
import glossa.ui.internal.transfer.ImportCodebookWizard;

/**
 * Pictures of the codebook wizards for the docs: File &gt; Export &gt; Glossa &gt; Codebook with its list of formats
 * open ({@code docs/export-codebook-wizard.png}) and the import's second page, what it adds and what it leaves out
 * ({@code docs/import-codebook-wizard.png}). Not a test of behaviour (run it by name:
 * {@code -Dtest=CodebookWizardsScreenshot}).
 */
class CodebookWizardsScreenshot {

    @Test
    void wizards() throws Exception {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("policy-case");
        project.create(null);
        project.open(null);
        Path repo = Path.of(System.getProperty("glossa.repo", "."));
        Path outside = Files.createTempDirectory("codebook-shots");
        try {
            IFile article = project.getFile("glossa-sample.zh.txt");
            article.create(Files.newInputStream(repo.resolve("samples/glossa-sample.zh.txt")), true, null);
            IDE.openEditor(EditorTestSupport.page(), article, "glossa.ui.editor");
            EditorTestSupport.settle();

            WizardDialog exportDialog = TransferWizardsTest.open(
                    TransferWizardsTest.exportWizard("glossa.ui.exportCodebookWizard"), project);
            ((ExportCodebookWizard) exportDialog.getCurrentPage().getWizard()).setTarget(
                    Path.of("/home/analyst/policy-codebook.qdc"));
            TestSupport.processEvents(Display.getCurrent(), 800);
            combo(exportDialog.getShell()).setListVisible(true);
            TestSupport.processEvents(Display.getCurrent(), 1200);
            EditorTestSupport.saveWindowPng(exportDialog.getShell(), Harness.docs("export-codebook-wizard.png"));
            combo(exportDialog.getShell()).setListVisible(false);
            exportDialog.close();

            Codebook incoming = GlossaFactory.eINSTANCE.createCodebook();
            AnnotationType control = type("tech-control", "技术管制", "#4D9DE0");
            control.getChildren().add(type("chips", "芯片", "#E15554"));
            incoming.getTypes().addAll(List.of(control, type("claim", "Assertion", "#000000"),
                    type("measure", "政策措施", "#111111")));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            FormatRegistry.instance().codebookFormat("qdc").write(incoming, bytes);
            Path qdc = Files.write(outside.resolve("maxqda-codes.qdc"), bytes.toByteArray());
            WizardDialog importDialog = TransferWizardsTest.open(
                    TransferWizardsTest.importWizard("glossa.ui.importCodebookWizard"), project);
            ImportCodebookWizard importer = (ImportCodebookWizard) importDialog.getCurrentPage().getWizard();
            importer.setSource(qdc);
            importDialog.showPage(importer.reportPage());
            TestSupport.processEvents(Display.getCurrent(), 2500);
            // The dialog grew for the report page; without a window manager the screen lags behind its new size,
            // so the shell draws itself instead of being copied from the screen.
            printPng(importDialog.getShell(), Harness.docs("import-codebook-wizard.png"));
            importDialog.close();
        } finally {
            EditorTestSupport.page().closeAllEditors(false);
            EditorTestSupport.settle();
            project.delete(true, true, null);
        }
    }

    private static void printPng(org.eclipse.swt.widgets.Shell shell, Path png) throws java.io.IOException {
        Files.createDirectories(png.getParent());
        org.eclipse.swt.graphics.Point size = shell.getSize();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(shell.getDisplay(), size.x, size.y);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(image);
        try {
            shell.print(gc);
            org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            loader.save(png.toString(), org.eclipse.swt.SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    private static AnnotationType type(String id, String name, String color) {
        AnnotationType type = GlossaFactory.eINSTANCE.createAnnotationType();
        type.setId(id);
        type.setName(name);
        type.setColor(color);
        return type;
    }

    /** The page's only combo that lists formats: the last read-only combo (the first is the case). */
    private static Combo combo(Composite parent) {
        Combo found = null;
        for (Control child : parent.getChildren()) {
            if (child instanceof Combo combo) {
                found = combo;
            } else if (child instanceof Composite composite) {
                Combo inner = combo(composite);
                found = inner == null ? found : inner;
            }
        }
        return found;
    }
}
