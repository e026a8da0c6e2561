package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.filter.AnnotationFilter;
import glossa.core.stats.SectionStatistics;
import glossa.core.stats.SummaryRows;
import glossa.exchange.export.SummaryTable;
import glossa.model.AnnotationType;
import glossa.model.Section;

/** The Section Summary's table (copy and save): hierarchy, totals and formula defusing. */
class SummaryTableTest {

    private static SummaryTable table(List<SummaryRows.Row> rows, SectionStatistics stats) {
        return new SummaryTable("Section", "Level", stats.types().stream().map(AnnotationType::getName).toList(),
                "Total", rows);
    }

    @Test
    void theSampleTableNestsThePointsAndItsTotalsAddUp(@TempDir Path dir) throws Exception {
        AnnotatedArticle article = ReportHierarchyTest.annotatedSample(dir);
        SectionStatistics stats = SectionStatistics.compute(article.document(), AnnotationFilter.ALL);
        List<SummaryRows.Row> rows = SummaryRows.of(stats, stats.topLevelSections(), stats.types(),
                SummaryRows.ALL_LEVELS);
        SummaryTable table = table(rows, stats);

        String[] lines = table.tsv().split("\n");
        assertEquals(rows.size() + 2, lines.length, "header, one line per row, grand total");
        String[] header = lines[0].split("\t", -1);
        assertEquals(List.of("Level", "Section"), List.of(header[0], header[1]));
        int last = header.length - 1;
        int chapters = 0;
        for (int i = 1; i < lines.length - 1; i++) {
            String[] cells = lines[i].split("\t", -1);
            SummaryRows.Row row = rows.get(i - 1);
            assertEquals(Integer.toString(row.depth()), cells[0]);
            assertEquals("\u3000".repeat(row.depth() - 1) + row.label(), cells[1]);
            assertEquals(Integer.toString(row.total()), cells[last]);
            if (row.depth() == 1) {
                chapters += row.total();
            }
        }
        String[] grand = lines[lines.length - 1].split("\t", -1);
        assertEquals("Total", grand[1]);
        assertEquals(Integer.toString(chapters), grand[last]);
        assertEquals(stats.topLevelSections().stream().filter(s -> !SummaryRows.isBoilerplate(s))
                .mapToInt(stats::total).sum(), chapters, "each chapter counted once, its points within it");
        assertTrue(chapters >= 5, "the sample's annotations lie in its chapters: " + chapters);

        String csv = table.csv();
        assertTrue(csv.startsWith("Level,Section,"), csv);
        assertEquals(lines.length, csv.split("\r\n").length);
    }

    @Test
    void aSectionTitleNeverStartsAFormulaNorSplitsItsCell() {
        Section formula = glossa.model.GlossaFactory.eINSTANCE.createSection();
        formula.setTitle("=HYPERLINK(\"http://evil.example\",\"click\")");
        Section markup = glossa.model.GlossaFactory.eINSTANCE.createSection();
        markup.setNumber("二、");
        markup.setTitle("<script>alert(1)</script>\tand a tab");
        List<SummaryRows.Row> rows = List.of(new SummaryRows.Row(formula, 1, SummaryRows.label(formula), new int[] { 2 }, 2, false),
                new SummaryRows.Row(markup, 1, SummaryRows.label(markup), new int[] { -1 }, 3, false));
        SummaryTable table = new SummaryTable("Section", "Level", List.of("@claim"), "Total", rows);

        String[] tsv = table.tsv().split("\n");
        assertEquals("'@claim", tsv[0].split("\t")[2], "a header is a cell too");
        assertEquals("'=HYPERLINK(\"http://evil.example\",\"click\")", tsv[1].split("\t")[1]);
        assertEquals(4, tsv[2].split("\t").length, "the tab inside the title did not split the cell");
        assertFalse(table.csv().contains(",=HYPERLINK"), table.csv());
        assertTrue(table.csv().contains(",-1,"), "a count stays a number: " + table.csv());
    }
}
