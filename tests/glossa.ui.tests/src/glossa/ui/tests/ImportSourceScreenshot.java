package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.ui.internal.sources.ImportSourceDialog;
import glossa.ui.internal.sources.SourceImportJob;

/**
 * Not a unit test (skipped by the normal build): saves docs/import-source.png, the Import Source dialog over the
 * workbench showing an article converted from a saved web page. Run with {@code -Dtest=ImportSourceScreenshot
 * -Dsurefire.failIfNoSpecifiedTests=false} under Xvfb.
 */
class ImportSourceScreenshot {

    @TempDir
    Path dir;

    @Test
    void dialogOverConvertedArticle() throws Exception {
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        window.setBounds(0, 0, 1400, 900);
        Path page = dir.resolve("gmw-astronaut-alcohol.zh.html");
        Files.copy(ImportSourceTest.fixture("gmw-astronaut-alcohol.zh.html"), page);
        SourceImportJob job = new SourceImportJob(List.of(page), PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        job.schedule();
        TestSupport.waitUntil(() -> job.getResult() != null, 60_000);
        TestSupport.waitUntil(() -> EditorTestSupport.page().getActiveEditor() != null, 30_000);
        Path pdf = dir.resolve("federal-register-2020-17221.en.pdf");
        Files.copy(ImportSourceTest.fixture("federal-register-2020-17221.en.pdf"), pdf);
        Path docx = dir.resolve("chernigovka-library-calendar-2017.ru.docx");
        Files.copy(ImportSourceTest.fixture("chernigovka-library-calendar-2017.ru.docx"), docx);
        ImportSourceDialog dialog = new ImportSourceDialog(window, List.of(pdf, docx, page));
        dialog.setBlockOnOpen(false);
        dialog.open();
        TestSupport.processEvents(Display.getCurrent(), 1500);
        try {
            Path png = Harness.docs("import-source.png");
            EditorTestSupport.saveWindowPng(window, png);
            assertTrue(Files.size(png) > 10_000, "a screenshot was saved");
        } finally {
            dialog.close();
            EditorTestSupport.page().closeAllEditors(false);
        }
    }
}
