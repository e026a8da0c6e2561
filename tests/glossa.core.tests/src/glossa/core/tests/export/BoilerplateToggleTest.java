package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.filter.AnnotationFilter;
import glossa.core.io.ArticleStore;
import glossa.core.sections.SectionDetector;
import glossa.core.stats.SectionStatistics;
import glossa.core.stats.SummaryRows;
import glossa.core.tests.cli.CliRun;
import glossa.exchange.export.ExportModel;
import glossa.exchange.export.ExportOptions;
import glossa.exchange.json.Json;

/**
 * The "show boilerplate" toggle: page furniture (the sample's footer from 相关文章推荐 on) and an annotation in it are
 * left out of summaries, totals and report tables by default, and shown when asked for, in core, the export model,
 * a report and the command line.
 */
class BoilerplateToggleTest {

    private static final String FOOTER_QUOTE = "发表评论";

    @TempDir
    Path dir;

    private AnnotatedArticle article;
    private Path file;

    @BeforeEach
    void annotateTheFooter() throws Exception {
        article = ReportHierarchyTest.annotatedSample(dir);
        file = article.articlePath();
        assertEquals(0, CliRun.of("annotate", file.toString(), "--type", "claim", "--quote", FOOTER_QUOTE).code());
        article = new ArticleStore().open(file, null);
    }

    private List<String> labels(boolean boilerplate) {
        SectionStatistics stats = SectionStatistics.compute(article.document(), AnnotationFilter.ALL);
        return SummaryRows.of(stats, stats.topLevelSections(), stats.types(), 1, boilerplate).stream()
                .map(SummaryRows.Row::label).toList();
    }

    @Test
    void summaryRowsLeaveTheFooterOutUnlessAsked() {
        assertFalse(labels(false).contains(SectionDetector.PAGE_FOOTER_TITLE), labels(false).toString());
        assertTrue(labels(true).contains(SectionDetector.PAGE_FOOTER_TITLE), labels(true).toString());
        assertEquals(labels(false).size() + 1, labels(true).size());
    }

    @Test
    void theExportModelCountsTheFooterAnnotationOnlyWhenAsked() {
        ExportOptions hidden = ExportOptions.defaults();
        ExportModel without = ExportModel.of(article, hidden);
        ExportModel with = ExportModel.of(article, hidden.withBoilerplate(true));
        int all = article.document().getAnnotations().size();
        assertEquals(all - 1, without.statistics().total());
        assertEquals(all, with.statistics().total());
        assertEquals(all - 1, without.annotations().size());
        assertEquals(all, with.annotations().size());
        assertTrue(with.summaryRows(with.statistics()).stream()
                .anyMatch(r -> r.label().equals(SectionDetector.PAGE_FOOTER_TITLE) && r.total() == 1));
    }

    @Test
    void theCsvReportListsTheFooterQuoteOnlyWithTheOption() throws Exception {
        Path plain = dir.resolve("plain.csv");
        Path furnished = dir.resolve("furnished.csv");
        assertEquals(0, CliRun.of("export", file.toString(), "-f", "csv", "-o", plain.toString()).code());
        CliRun shown = CliRun.of("export", file.toString(), "-f", "csv", "--boilerplate", "-o", furnished.toString());
        assertEquals(0, shown.code(), shown.err());
        assertFalse(Files.readString(plain).contains(FOOTER_QUOTE));
        assertTrue(Files.readString(furnished).contains(FOOTER_QUOTE));
    }

    @Test
    @SuppressWarnings("unchecked")
    void statsLeavesPageFurnitureOutUnlessAsked() {
        CliRun hiddenRun = CliRun.of("stats", file.toString(), "--json");
        CliRun shownRun = CliRun.of("stats", file.toString(), "--json", "--boilerplate");
        assertEquals(0, hiddenRun.code(), hiddenRun.err());
        assertEquals(0, shownRun.code(), shownRun.err());
        Map<String, Object> hidden = (Map<String, Object>) Json.parse(hiddenRun.out());
        Map<String, Object> shown = (Map<String, Object>) Json.parse(shownRun.out());
        List<Object> hiddenTitles = ((List<Map<String, Object>>) hidden.get("sections")).stream()
                .map(s -> s.get("title")).map(Object.class::cast).toList();
        List<Object> shownTitles = ((List<Map<String, Object>>) shown.get("sections")).stream()
                .map(s -> s.get("title")).map(Object.class::cast).toList();
        assertFalse(hiddenTitles.contains(SectionDetector.PAGE_FOOTER_TITLE), hiddenTitles.toString());
        assertTrue(shownTitles.contains(SectionDetector.PAGE_FOOTER_TITLE), shownTitles.toString());
        assertEquals(((Long) shown.get("total")) - 1, (long) (Long) hidden.get("total"));
        CliRun table = CliRun.of("stats", file.toString());
        assertFalse(table.out().contains(SectionDetector.PAGE_FOOTER_TITLE), table.out());
        assertTrue(CliRun.of("stats", file.toString(), "--boilerplate").out()
                .contains(SectionDetector.PAGE_FOOTER_TITLE));
    }
}
