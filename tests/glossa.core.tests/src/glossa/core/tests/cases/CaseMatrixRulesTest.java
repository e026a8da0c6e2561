package glossa.core.tests.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.cases.ArticleStamp;
import glossa.core.cases.ArticleSummary;
import glossa.core.cases.CaseMatrix;
import glossa.core.cases.CaseStatistics;
import glossa.core.cases.CaseSummaryTable;
import glossa.core.codebook.Codebooks;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.filter.AnnotationFilter;
import glossa.core.io.ArticleStore;
import glossa.core.text.ArticleText;
import glossa.model.AnnotationType;
import glossa.model.Codebook;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.SectionKind;

/**
 * The articles × types table, counted from articles ({@link CaseStatistics}) and from summaries
 * ({@link CaseSummaryTable}) alike: column order and names, types only one article knows, empty articles, the largest
 * cell with ties, the filter kept, progress reported, and what a summary records of an article.
 */
class CaseMatrixRulesTest {

    @TempDir
    Path root;

    private final ArticleStore store = new ArticleStore();
    private List<AnnotatedArticle> articles;
    private Codebook caseCodebook;

    /** a: claim 2, measure 1; b: counter 3 and one of a type only b knows; c: none at all. */
    @BeforeEach
    void threeArticles() throws IOException {
        CaseFixtures.article(root, "a.txt", 1, 2, 1);
        CaseFixtures.article(root, "b.txt", 2, 0, 0, 3);
        Files.writeString(root.resolve("c.txt"), "\n\n");
        AnnotatedArticle b = store.open(root.resolve("b.txt"), null);
        AnnotationType extra = GlossaFactory.eINSTANCE.createAnnotationType();
        extra.setId("only-in-b");
        extra.setName("只在乙");
        extra.setColor("#123456");
        b.document().getCodebook().getTypes().add(extra);
        int begin = b.text().indexOf("签证");
        b.document().getAnnotations().add(AnnotationFactory.create(b.text(), extra, begin, begin + 2, "cy"));
        store.save(b, false, null);
        articles = new ArrayList<>();
        for (String name : List.of("a.txt", "b.txt", "c.txt")) {
            articles.add(store.open(root.resolve(name), null));
        }
        // The case orders and names the default types its own way.
        caseCodebook = DefaultCodebook.create(Locale.ENGLISH);
        AnnotationType counter = Codebooks.find(caseCodebook, "counter-strategy").orElseThrow();
        caseCodebook.getTypes().move(0, counter);
        AnnotationType claim = Codebooks.find(caseCodebook, "claim").orElseThrow();
        claim.setName("Assertion");
        claim.setColor("#ABCDEF");
    }

    private List<ArticleSummary> summaries() throws IOException {
        List<ArticleSummary> summaries = new ArrayList<>();
        for (AnnotatedArticle article : articles) {
            summaries.add(ArticleSummary.of(article, article.articlePath().getFileName().toString(),
                    ArticleStamp.of(article.articlePath())));
        }
        return summaries;
    }

    private List<CaseMatrix> bothTables(AnnotationFilter filter) throws IOException {
        return List.of(CaseStatistics.compute(articles, caseCodebook, filter, null),
                CaseSummaryTable.compute(articles.stream().map(AnnotatedArticle::articlePath).toList(), summaries(),
                        caseCodebook, filter));
    }

    @Test
    void columnsFollowTheCaseCodebookThenTheTypesOnlyAnArticleKnowsWithTheirOwnNameAndColour() throws IOException {
        for (CaseMatrix table : bothTables(null)) {
            String which = table.getClass().getSimpleName();
            assertEquals(List.of("counter-strategy", "claim", "policy-measure", "only-in-b"), table.typeIds(), which);
            int claim = table.column("claim");
            assertEquals("Assertion", table.typeName(claim), which + ": the case's name wins");
            assertEquals("#ABCDEF", table.typeColor(claim), which + ": the case's colour wins");
            int extra = table.column("only-in-b");
            assertEquals("只在乙", table.typeName(extra), which);
            assertEquals("#123456", table.typeColor(extra), which);
            assertEquals(-1, table.column("no-such-type"), which);

            assertEquals(Map.of("counter-strategy", 0, "claim", 2, "policy-measure", 1, "only-in-b", 0),
                    table.row(0), which);
            assertEquals(Map.of("counter-strategy", 3, "claim", 0, "policy-measure", 0, "only-in-b", 1),
                    table.row(1), which);
            assertEquals(0, table.articleTotal(2), which + ": an article without annotations counts 0");
            assertEquals(Arrays.asList(3, 2, 1, 1), List.of(table.typeTotal(0), table.typeTotal(1),
                    table.typeTotal(2), table.typeTotal(3)), which);
            assertEquals(7, table.total(), which);
            assertEquals(3, table.maxCell(), which);
            assertSame(AnnotationFilter.ALL, table.filter(), which + ": no filter is the filter that passes all");
            for (int r = 0; r < table.rowCount(); r++) {
                assertFalse(table.isPending(r), which + " row " + r);
            }
        }
    }

    @Test
    void theLargestCellIsTheLargestUnderTheFilterAndTiesCountOnce() throws IOException {
        // ana wrote the even annotations: a has claim 1 (of 2) and measure 1; b has counter 2 (of 3).
        AnnotationFilter ana = new AnnotationFilter(Set.of(), Set.of(), Set.of("ana"), "");
        for (CaseMatrix table : bothTables(ana)) {
            String which = table.getClass().getSimpleName();
            assertSame(ana, table.filter(), which);
            assertEquals(2, table.maxCell(), which);
            assertEquals(4, table.total(), which);
        }
        AnnotationFilter claimAndMeasure = new AnnotationFilter(Set.of("counter-strategy", "only-in-b"), Set.of(),
                Set.of(), ""); // the types it hides
        for (CaseMatrix table : bothTables(claimAndMeasure)) {
            String which = table.getClass().getSimpleName();
            assertEquals(List.of("claim", "policy-measure"), table.typeIds(), which + ": hidden types get no column");
            assertEquals(2, table.maxCell(), which);
            assertEquals(3, table.total(), which);
        }
        AnnotationFilter nobody = new AnnotationFilter(Set.of(), Set.of(), Set.of("nobody"), "");
        for (CaseMatrix table : bothTables(nobody)) {
            assertEquals(0, table.maxCell(), table.getClass().getSimpleName());
        }
    }

    @Test
    void aSummaryTableRowIsPendingUntilItsSummaryArrivesAndGivesThatSummaryBack() throws IOException {
        List<ArticleSummary> summaries = new ArrayList<>(summaries());
        ArticleSummary b = summaries.set(1, null);
        List<Path> paths = articles.stream().map(AnnotatedArticle::articlePath).toList();
        CaseSummaryTable table = CaseSummaryTable.compute(paths, summaries, caseCodebook, null);
        assertTrue(table.isPending(1));
        assertNull(table.summary(1));
        assertEquals(0, table.articleTotal(1));
        assertEquals(2, table.maxCell(), "the pending row counts nothing");
        assertEquals(List.of("counter-strategy", "claim", "policy-measure"), table.typeIds(),
                "the type only the pending article knows waits for its summary");
        assertSame(summaries.get(0), table.summary(0));
        summaries.set(1, b);
        assertSame(b, CaseSummaryTable.compute(paths, summaries, caseCodebook, null).summary(1));
    }

    @Test
    void countingAndListingReportOneUnitPerArticleAndFinish() throws IOException {
        RecordingMonitor counting = new RecordingMonitor();
        CaseStatistics stats = CaseStatistics.compute(articles, caseCodebook, null, counting);
        assertEquals(List.of(3, 3, 1), counting.figures(), "begun with 3, worked 3, done once");

        RecordingMonitor listing = new RecordingMonitor();
        assertEquals(2, stats.entries("claim", listing).size());
        assertEquals(List.of(3, 3, 1), listing.figures(), "articles without a claim count as worked too");
        RecordingMonitor none = new RecordingMonitor();
        assertEquals(List.of(), stats.entries("no-such-type", none));
    }

    @Test
    void anEntryOutsideEverySectionHasAnEmptySectionPathAndOneInsideItsPath() throws IOException {
        CaseStatistics stats = CaseStatistics.compute(articles, caseCodebook, null, null);
        List<CaseStatistics.Entry> inside = stats.entries("claim", null);
        assertEquals("一", inside.get(0).sectionNumber());
        assertFalse(inside.get(0).sectionPath().isEmpty());
        assertTrue(inside.get(0).sectionPath().endsWith(" › 一"), inside.get(0).sectionPath());

        AnnotatedArticle headless = articles.get(0);
        headless.document().getSections().clear();
        CaseStatistics flat = CaseStatistics.compute(List.of(headless), caseCodebook, null, null);
        CaseStatistics.Entry outside = flat.entries("claim", null).get(0);
        assertNull(outside.section());
        assertEquals("", outside.sectionPath());
        assertEquals("", outside.sectionNumber());
        assertEquals("", outside.sectionTitle());
    }

    @Test
    void anArticleWithoutTitleIsLabelledByItsFileNameElseByItsSourcePath() {
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setSourcePath("来源/文章.txt");
        assertEquals("文章.txt", CaseStatistics.label(new AnnotatedArticle(root.resolve("文章.txt"), ArticleText.of(""),
                document)));
        assertEquals("来源/文章.txt", CaseStatistics.label(new AnnotatedArticle(null, ArticleText.of(""), document)));
    }

    @Test
    void aSummaryKeepsTheArticlesTypesWithIdsAndCountsNoFrontMatter() throws IOException {
        AnnotatedArticle b = articles.get(1);
        AnnotationType anonymous = GlossaFactory.eINSTANCE.createAnnotationType();
        anonymous.setName("没有编号");
        b.document().getCodebook().getTypes().add(anonymous);
        ArticleSummary summary = ArticleSummary.of(b, "b.txt", ArticleStamp.of(b.articlePath()));
        assertEquals(List.of("claim", "policy-measure", "counter-strategy", "only-in-b"),
                summary.types().stream().map(ArticleSummary.TypeInfo::id).toList());
        assertEquals(new ArticleSummary.TypeInfo("only-in-b", "只在乙", "#123456"), summary.types().get(3));
        int sections = summary.sectionCount();
        assertTrue(sections >= 2, "the fixture has sections: " + sections);
        b.document().getSections().get(0).setKind(SectionKind.FRONT_MATTER);
        assertEquals(sections - 1, ArticleSummary.of(b, "b.txt", ArticleStamp.of(b.articlePath())).sectionCount(),
                "front matter is no section to count");
    }
}
