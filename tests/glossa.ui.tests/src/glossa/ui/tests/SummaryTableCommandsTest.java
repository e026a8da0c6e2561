package glossa.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.benchdata.SyntheticDocuments;
import glossa.model.Section;
import glossa.ui.views.SaveSummaryTableHandler;
import glossa.ui.views.SectionSummaryView;

/**
 * The Section Summary's Copy Table and Save Table As…: the hierarchy as shown, chapters with their totals and their
 * points beneath, a collapsed chapter without its points, and totals that add up.
 */
class SummaryTableCommandsTest {

    private static final String COPY = "glossa.ui.sectionSummary.copyTable";

    @TempDir
    Path dir;

    @AfterEach
    void closeAll() {
        EditorTestSupport.page().closeAllEditors(false);
        EditorTestSupport.settle();
    }

    @Test
    void copyTableGivesTheChaptersWithTheirPointsAndTotalsThatAddUp() throws Exception {
        String sample = Files.readString(Path.of(System.getProperty("glossa.sample")), StandardCharsets.UTF_8);
        EditorTestSupport.open(SyntheticDocuments.writeArticle(dir.resolve("a.txt"), sample, 0, 120));
        SectionSummaryView view = (SectionSummaryView) EditorTestSupport.page().showView(SectionSummaryView.ID);
        EditorTestSupport.page().activate(view);
        assertTrue(TestSupport.waitUntil(() -> view.statistics() != null, 10_000));
        EditorTestSupport.settle();

        assertTrue(PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(COPY).isHandled(),
                "Copy Table is handled while the view is active");
        List<String[]> rows = copiedRows(view);
        String[] header = rows.get(0);
        assertEquals("Level", header[0]);
        assertEquals("Section", header[1]);
        assertEquals("Total", header[header.length - 1]);
        String[] grand = rows.get(rows.size() - 1);
        int last = header.length - 1;

        int chapterSum = 0;
        int points = 0;
        int[] typeSums = new int[last - 2];
        for (int r = 1; r < rows.size() - 1; r++) {
            String[] row = rows.get(r);
            int level = Integer.parseInt(row[0]);
            if (level == 1) {
                chapterSum += Integer.parseInt(row[last]);
                for (int t = 0; t < typeSums.length; t++) {
                    typeSums[t] += Integer.parseInt(row[2 + t]);
                }
                assertFalse(row[1].startsWith("\u3000"), "a chapter is not indented: " + row[1]);
                // Its points follow it, indented, and its total includes theirs.
                int children = 0;
                for (int c = r + 1; c < rows.size() - 1 && !rows.get(c)[0].equals("1"); c++) {
                    if (rows.get(c)[0].equals("2")) {
                        assertTrue(rows.get(c)[1].startsWith("\u3000"), "a point is indented: " + rows.get(c)[1]);
                        children += Integer.parseInt(rows.get(c)[last]);
                    }
                }
                assertTrue(Integer.parseInt(row[last]) >= children, row[1] + ": " + row[last] + " < " + children);
            } else {
                points++;
            }
        }
        assertTrue(points >= 10, "the sample's numbered points are rows: " + points);
        assertTrue(rows.stream().anyMatch(r -> r[1].startsWith("\u4e00")), "chapter 一 is a row");
        assertEquals(Integer.toString(chapterSum), grand[last], "the grand total is the sum of the chapters");
        assertEquals(view.statistics().topLevelSections().stream()
                .filter(s -> !glossa.core.stats.SummaryRows.isBoilerplate(s))
                .mapToInt(s -> view.statistics().total(s)).sum(), chapterSum, "every chapter counted once");
        assertTrue(chapterSum > 0 && chapterSum <= view.statistics().total());
        for (int t = 0; t < typeSums.length; t++) {
            assertEquals(Integer.toString(typeSums[t]), grand[2 + t]);
        }

        // Collapse the first chapter that has points: they leave the table, the chapter row stays.
        Section chapter = view.statistics().topLevelSections().stream().filter(s -> !s.getChildren().isEmpty())
                .findFirst().orElseThrow();
        view.sectionViewer().setExpandedState(chapter, false);
        List<String[]> collapsed = copiedRows(view);
        assertEquals(rows.size() - chapter.getChildren().size(), collapsed.size());

        Path csv = dir.resolve("table.csv");
        SaveSummaryTableHandler.save(view.table(), csv);
        String saved = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(saved.startsWith("\uFEFFLevel,Section,"), saved.substring(0, 40));
        assertEquals(collapsed.size(), saved.split("\r\n").length);
    }

    /** The table Copy Table puts on the clipboard (the tab-separated text), read from the view as the handler does. */
    private static List<String[]> copiedRows(SectionSummaryView view) {
        List<String[]> rows = new ArrayList<>();
        for (String line : view.table().tsv().split("\n")) {
            rows.add(line.split("\t", -1));
        }
        return rows;
    }
}
