package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.benchdata.SyntheticDocuments;
import glossa.ui.internal.nls.Messages;
import glossa.ui.internal.preferences.BoilerplatePreference;
import glossa.ui.internal.views.SectionSummaryView;
import glossa.ui.internal.views.ShowBoilerplateHandler;

/**
 * The boilerplate toggle in the Section Summary: the sample's page footer (相关文章推荐 …) is left out of the tree, the
 * chart and the table by default; Show Page Furniture shows it in all three, and again hides it.
 */
class ShowBoilerplateTest {

    @TempDir
    Path dir;

    @AfterEach
    void closeAll() {
        BoilerplatePreference.setShown(false);
        EditorTestSupport.page().closeAllEditors(false);
        EditorTestSupport.settle();
    }

    private static List<String> topLevelRows(SectionSummaryView view) {
        List<String> rows = new ArrayList<>();
        for (TreeItem item : view.sectionViewer().getTree().getItems()) {
            rows.add(item.getText(0));
        }
        return rows;
    }

    private static void toggle() throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(ShowBoilerplateHandler.COMMAND_ID,
                null);
        EditorTestSupport.settle();
    }

    @Test
    void theToggleShowsAndHidesThePageFooterInTreeChartAndTable() throws Exception {
        BoilerplatePreference.setShown(false);
        String sample = Files.readString(Path.of(System.getProperty("glossa.sample")), StandardCharsets.UTF_8);
        EditorTestSupport.open(SyntheticDocuments.writeArticle(dir.resolve("a.txt"), sample, 0, 60));
        SectionSummaryView view = (SectionSummaryView) EditorTestSupport.page().showView(SectionSummaryView.ID);
        EditorTestSupport.page().activate(view);
        EditorTestSupport.settle();
        String footer = Messages.Section_pageFooter;

        List<String> hidden = topLevelRows(view);
        assertFalse(hidden.contains(footer), hidden.toString());
        assertFalse(view.chartData().categoryTitles().toString().contains(footer));
        assertFalse(view.table().tsv().contains(footer));

        toggle();
        assertTrue(BoilerplatePreference.isShown());
        List<String> shown = topLevelRows(view);
        assertEquals(hidden.size() + 1, shown.size(), shown.toString());
        assertEquals(footer, shown.get(shown.size() - 1), "the footer is the last top-level section");
        assertTrue(view.chartData().categoryTitles().toString().contains(footer));
        assertTrue(view.table().tsv().contains(footer));

        toggle();
        assertFalse(BoilerplatePreference.isShown());
        assertEquals(hidden, topLevelRows(view));
        assertFalse(view.table().tsv().contains(footer));
    }
}
