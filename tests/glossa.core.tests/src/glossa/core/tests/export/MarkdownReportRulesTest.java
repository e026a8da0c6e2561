package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.DefaultCodebook;
import glossa.model.Annotation;
import glossa.model.GlossaFactory;
import glossa.model.Provenance;
import glossa.model.Section;

/**
 * What the Markdown report says, line by line: the header facts (only those that are known), the summary table with
 * its totals (also for an article without sections and for annotations outside every section), each section's
 * memos, quotes and detail lines, and how text is escaped so that it stays text.
 */
class MarkdownReportRulesTest {

    private static String md(AnnotatedArticle article) throws Exception {
        return ExportFixtures.export(article, ExportFixtures.format("md"), ExportFixtures.OPTIONS);
    }

    /** The lines of the header: from the title to the line before "## Summary". */
    private static List<String> header(String md) {
        List<String> lines = md.lines().toList();
        return lines.subList(0, lines.indexOf("## Summary"));
    }

    /** The text of one "## " section, from its heading line to the next "## " heading (or the end). */
    private static String section(String md, String heading) {
        int start = md.indexOf("\n## " + heading + "\n");
        assertTrue(start >= 0, heading + " in\n" + md);
        int end = md.indexOf("\n## ", start + 1);
        return md.substring(start + 1, end < 0 ? md.length() : end);
    }

    @Test
    void headerGivesOnlyTheFactsThatAreKnown() throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        String filter = ExportFixtures.OPTIONS.filter().describe();
        assertEquals(List.of("# 技术封锁 test", "", "- Source: article.zh.txt", "- Exported: 2025-09-26T12:00:00Z",
                "- Filter: " + filter, "- Annotations: 4", ""), header(md(article)));

        Provenance provenance = GlossaFactory.eINSTANCE.createProvenance();
        provenance.setAuthor("王_小明");
        provenance.setPublished("2025-09-01");
        provenance.setUrl("https://example.org/a_b");
        article.document().setProvenance(provenance);
        assertEquals(List.of("# 技术封锁 test", "", "- Author: 王\\_小明", "- Published: 2025-09-01",
                "- URL: https://example.org/a\\_b", "- Source: article.zh.txt", "- Exported: 2025-09-26T12:00:00Z",
                "- Filter: " + filter, "- Annotations: 4", ""), header(md(article)));

        provenance.setAuthor(null);
        provenance.setUrl(null);
        assertEquals(List.of("# 技术封锁 test", "", "- Published: 2025-09-01", "- Source: article.zh.txt",
                "- Exported: 2025-09-26T12:00:00Z", "- Filter: " + filter, "- Annotations: 4", ""), header(md(article)));
    }

    @Test
    void summaryTableHasARightAlignedColumnPerTypeAndATotalRowThenABlankLine() throws Exception {
        String md = md(ExportFixtures.small());
        assertTrue(md.contains("## Summary\n\n| Section | Claim | Policy measure | Counter-strategy | Total |\n"
                + "|---|---:|---:|---:|---:|\n| 前言 | 0 | 0 | 0 | 0 |\n| 一 背景 | 1 | 1 | 0 | 2 |\n"
                + "| 二 对策 | 1 | 0 | 1 | 2 |\n| **Total** | 2 | 1 | 1 | 4 |\n\n## 前言\n"), md);
    }

    @Test
    void anArticleWithoutSectionsIsOneRowUnderItsTitle() throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        article.document().getSections().clear();
        String md = md(article);
        assertTrue(md.contains("|---|---:|---:|---:|---:|\n| 技术封锁 test | 2 | 1 | 1 | 4 |\n"
                + "| **Total** | 2 | 1 | 1 | 4 |\n"), md);
        String only = section(md, "技术封锁 test");
        assertTrue(only.contains("### Claim (2)"), only);
        assertFalse(md.contains("Outside any section"), md);
    }

    @Test
    void annotationsOutsideEverySectionGetTheirOwnRowAndSection() throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        // Without the preamble nothing covers the start of the text; put a claim there.
        article.document().getSections().remove(0);
        ExportFixtures.add(article.document(), ExportFixtures.TEXT, DefaultCodebook.CLAIM, 0, 2, "cy");
        String md = md(article);
        assertTrue(md.contains("| 一 背景 | 1 | 1 | 0 | 2 |\n| 二 对策 | 1 | 0 | 1 | 2 |\n"
                + "| Outside any section | 1 | 0 | 0 | 1 |\n| **Total** | 3 | 1 | 1 | 5 |\n"), md);
        String outside = section(md, "Outside any section");
        assertEquals("## Outside any section\n\n### Claim (1)\n\n> 前言\n\n5. cy\n", outside);
    }

    @Test
    void sectionsListQuotesByTypeEachWithItsDetailLine() throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        ExportFixtures.ecosystem.setAuthor(null);
        ExportFixtures.ecosystem.setMemo("   ");
        String md = md(article);
        assertEquals("## 前言\n\n_No annotations._\n", section(md, "前言"));
        assertEquals("## 一 背景\n\n### Claim (1)\n\n> 技术出口管制\n\n"
                + "1. **actor**: 美国政府; **stance**: critical; _主张, with \"quotes\", commas and a new line_; ana\n"
                + "\n### Policy measure (1)\n\n> 出口管制\n\n2. **instrument**: export control; bo\n",
                section(md, "一 背景"));
        // No author and a blank memo: the detail line is the number alone.
        assertEquals("## 二 对策\n\n### Claim (1)\n\n> 模型生态\n\n4.\n\n### Counter-strategy (1)\n\n> 开源模型\n\n3. ana\n",
                section(md, "二 对策"));
    }

    @Test
    void twoQuotesOfATypeAreSeparateBlockquotesAndAMultiLineQuoteStaysOne() throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        String text = ExportFixtures.TEXT;
        int wrap = text.indexOf("逗号与");
        ExportFixtures.add(article.document(), text, DefaultCodebook.CLAIM, wrap, text.length() - 1, "ana");
        String md = md(article);
        assertTrue(section(md, "二 对策").contains("### Claim (2)\n\n> 模型生态\n\n4. ana\n\n> 逗号与\n> 换行。\n\n5. ana\n"),
                md);
    }

    @Test
    void pagesAreCitedOnlyForArticlesWithAPageMap() throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        assertFalse(md(article).contains("p. "), "no page map, no page");
        Provenance provenance = GlossaFactory.eINSTANCE.createProvenance();
        provenance.getPageStarts().addAll(List.of(0, ExportFixtures.TEXT.indexOf("二、")));
        article.document().setProvenance(provenance);
        String md = md(article);
        assertTrue(md.contains("\n2. p. 1; **instrument**: export control; bo\n"), md);
        assertTrue(md.contains("\n3. p. 2; ana\n"), md);
    }

    @Test
    void memosOfTheDocumentAndOfSectionsAreLabelledParagraphsWithHardBreaks() throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        article.document().setMemo("第一行\n*第二行*\n   \n- 末行");
        Section two = article.document().getSections().get(2);
        two.setMemo("节备忘");
        Section point = ExportFixtures.section("（一）", "开源", two.getBegin() + 5, two.getEnd(),
                glossa.model.SectionKind.BODY);
        point.setMemo("小节\n备忘");
        two.getChildren().add(point);
        String md = md(article);
        assertTrue(md.contains("- Annotations: 4\n\n**Memo**: 第一行  \n\\*第二行\\*  \n     \n\\- 末行\n\n## Summary\n"),
                md);
        assertTrue(section(md, "二 对策").startsWith("## 二 对策\n\n**Memo**: 节备忘\n\n**（一） 开源 · Memo**: 小节  \n备忘\n\n\n### "),
                section(md, "二 对策"));
        assertTrue(section(md, "一 背景").startsWith("## 一 背景\n\n### Claim (1)\n"), "no memo, no blank paragraph");
    }

    /** Every kind of line break in a memo, attribute or author becomes one space in the detail line. */
    @ParameterizedTest
    @CsvSource({ "'\n'", "'\r'", "'\r\n'", "'\u000B'", "'\f'", "'\u0085'", "'\u2028'", "'\u2029'" })
    void lineBreaksInsideADetailBecomeSpaces(String lineBreak) throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        ExportFixtures.openSource.setMemo("上" + lineBreak + "下");
        ExportFixtures.openSource.setAuthor("a" + lineBreak + "b");
        String md = md(article);
        assertTrue(md.contains("\n3. _上 下_; a b\n"), md);
    }

    /**
     * Text at the start of a line that Markdown would read as a list item is escaped just before its marker,
     * after any leading white space and any digits; text that only looks similar is left alone.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "- 项|\\- 项", "+ 项|\\+ 项", "-项|\\-项", "'  - 项'|'  \\- 项'", "0. 项|0\\. 项",
            "9) 项|9\\) 项", "12. 项|12\\. 项", "123) 项|123\\) 项", "12项|12项", "1 项|1 项", "项 - 项|项 - 项", "a-b|a-b",
            "/- 项|/- 项", ":1. 项|:1. 项" })
    void listMarkersAtTheStartOfAQuoteLineAreEscaped(String line, String expected) throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        ExportFixtures.openSource.setMemo(line);
        String md = md(article);
        assertTrue(md.contains("\n3. _" + expected + "_; ana\n"), md);
    }

    @Test
    void progressAdvancesOnceForTheSummaryAndOncePerSection() throws Exception {
        List<Double> worked = new ArrayList<>();
        int[] begun = { 0 };
        NullProgressMonitor monitor = new NullProgressMonitor() {
            @Override
            public void beginTask(String name, int totalWork) {
                begun[0] = totalWork;
            }

            @Override
            public void internalWorked(double work) {
                worked.add(work);
            }

            @Override
            public void worked(int work) {
                internalWorked(work);
            }
        };
        ExportFixtures.format("md").newExporter().export(ExportFixtures.small(), ExportFixtures.OPTIONS,
                new ByteArrayOutputStream(), monitor);
        // The summary and three sections: four equal steps that add up to the whole task.
        assertEquals(4, worked.size(), worked.toString());
        double sum = worked.stream().mapToDouble(Double::doubleValue).sum();
        assertEquals(begun[0], sum, 1e-6);
        for (double w : worked) {
            assertEquals(sum / 4, w, 1.0, worked.toString());
        }
    }

    @Test
    void annotationsWithoutTypeOrFilteredOutAreNotCounted() throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        Annotation untyped = ExportFixtures.add(article.document(), ExportFixtures.TEXT, DefaultCodebook.CLAIM, 3, 5, "x");
        untyped.setType(null);
        String md = md(article);
        assertTrue(md.contains("- Annotations: 4\n"), md);
        assertTrue(md.contains("| **Total** | 2 | 1 | 1 | 4 |"), md);
    }
}
