package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.benchdata.SyntheticDocuments;
import glossa.ui.internal.nls.Messages;
import glossa.ui.internal.preferences.BoilerplatePreference;
import glossa.ui.internal.views.SectionSummaryView;
import glossa.ui.internal.views.ShowBoilerplateHandler;

/**
 * Not a unit test (skipped by the normal build): saves docs/section-summary-boilerplate.png, the Section Summary of
 * the sample with Show Page Furniture on (the page footer listed last). Run with
 * {@code -Dtest=ShowBoilerplateScreenshot -Dsurefire.failIfNoSpecifiedTests=false} under Xvfb.
 */
class ShowBoilerplateScreenshot {

    @TempDir
    Path dir;

    @Test
    void sectionSummaryWithPageFurniture() throws Exception {
        Shell window = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        window.setBounds(0, 0, 1400, 900);
        String sample = Files.readString(Path.of(System.getProperty("glossa.sample")), StandardCharsets.UTF_8);
        EditorTestSupport.open(SyntheticDocuments.writeArticle(dir.resolve("article.txt"), sample, 0, 60));
        SectionSummaryView view = (SectionSummaryView) EditorTestSupport.page().showView(SectionSummaryView.ID);
        EditorTestSupport.page().activate(view);
        EditorTestSupport.settle();
        TestSupport.waitUntil(() -> view.statistics() != null, 30_000);
        BoilerplatePreference.setShown(false);
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(ShowBoilerplateHandler.COMMAND_ID,
                null);
        EditorTestSupport.page().setPartState(EditorTestSupport.page().getReference(view),
                IWorkbenchPage.STATE_MAXIMIZED);
        TestSupport.processEvents(Display.getCurrent(), 1000);
        TreeItem[] rows = view.sectionViewer().getTree().getItems();
        view.sectionViewer().getTree().setSelection(rows[rows.length - 1]);
        view.sectionViewer().getTree().showItem(rows[rows.length - 1]);
        TestSupport.processEvents(Display.getCurrent(), 1000);
        assertTrue(BoilerplatePreference.isShown());
        assertTrue(view.chartData().categoryTitles().toString().contains(Messages.Section_pageFooter),
                view.chartData().categoryTitles().toString());
        try {
            Path png = Harness.docs("section-summary-boilerplate.png");
            EditorTestSupport.saveWindowPng(window, png);
            assertTrue(Files.size(png) > 10_000, "a screenshot was saved");
        } finally {
            BoilerplatePreference.setShown(false);
            EditorTestSupport.page().closeAllEditors(false);
        }
    }
}
