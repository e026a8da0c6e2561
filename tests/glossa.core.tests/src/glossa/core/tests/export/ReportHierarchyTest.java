package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.io.ArticleStore;
import glossa.core.tests.cli.CliRun;
import glossa.exchange.export.ExportOptions;

/**
 * Issue 18 on the real sample, sections as the detector finds them: the report is titled with the article's headline,
 * its summary shows 一…五 and 结语 with their points nested and totals that add up, the chart labels only non-zero bars,
 * {@code levels} collapses to chapters, and a Chinese article gets Chinese report words.
 */
class ReportHierarchyTest {

    static final String[] NOTES = { "claim", "DeepSeek近期在多模态大模型", "policy-measure", "技术出口管制",
            "policy-measure", "人才流动限制", "counter-strategy", "DeepSeek通过开源社区吸引全球开发者",
            "policy-measure", "修改H-1B签证政策", "counter-strategy", "DeepSeek已展开多维度反制", "claim", "技术封锁" };

    /** A copy of the sample annotated through the command line, opened as the workbench would. */
    static AnnotatedArticle annotatedSample(Path dir) throws Exception {
        Path article = dir.resolve("article.zh.txt");
        Files.copy(Path.of(System.getProperty("glossa.sample")), article);
        for (int i = 0; i < NOTES.length; i += 2) {
            List<String> args = new ArrayList<>(List.of("annotate", article.toString(), "--type", NOTES[i], "--quote",
                    NOTES[i + 1], "--occurrence", "1", "--memo", "备注" + i));
            assertEquals(0, CliRun.of(args).code(), String.join(" ", args));
        }
        return new ArticleStore().open(article, null);
    }

    @Test
    void theSampleReportHasTheRealTitleAndANestedSummaryWhoseTotalsAddUp(@TempDir Path dir) throws Exception {
        AnnotatedArticle article = annotatedSample(dir);
        Document html = Jsoup.parse(ExportFixtures.export(article, ExportFixtures.format("html"),
                ExportOptions.defaults().withDate(ExportFixtures.DATE)));
        assertEquals("OpenAI“技术封锁”风波:DeepSeek与中国AI的突围之路", html.title());
        assertEquals("Nicky", html.getElementById("meta-author").text());
        assertEquals("zh", html.selectFirst("html").attr("lang"));
        assertEquals("汇总", html.selectFirst("#summary h2").text());
        List<Element> chapters = html.select("table.summary tbody tr.lvl1");
        List<String> numbers = chapters.stream().map(r -> r.selectFirst("th").text()).map(t -> t.split(" ")[0]).toList();
        assertEquals(List.of("导语", "一", "二", "三", "四", "五", "结语:技术封锁下的“创新辩证法”"), numbers);
        int grand = 0;
        for (Element chapter : chapters) {
            int total = Integer.parseInt(chapter.selectFirst("td.total").text());
            grand += total;
            int points = 0;
            int count = 0;
            for (Element next = chapter.nextElementSibling(); next != null && next.hasClass("lvl2");
                    next = next.nextElementSibling()) {
                points += Integer.parseInt(next.selectFirst("td.total").text());
                count++;
            }
            assertTrue(points <= total, chapter.text() + ": a chapter counts its points and more");
            if (chapter.text().startsWith("一") || chapter.text().startsWith("二")) {
                assertEquals(3, count, "three points nested under " + chapter.text());
            }
        }
        assertEquals(NOTES.length / 2, grand, "the chapters add up to every annotation");
        assertEquals(Integer.toString(grand), html.select("table.summary tfoot td.total").text());
        // The chart: grouped by chapter, a bar and a label only where the count is not zero.
        assertEquals(chapters.size(), html.select("svg.chart g.group").size());
        assertTrue(html.select("svg.chart rect.bar").stream().noneMatch(r -> r.attr("data-count").equals("0")));
        assertTrue(html.select("svg.chart text.total, svg.chart text.count").stream().noneMatch(t -> t.text().equals("0")));
    }

    @Test
    void levelsOneCollapsesToChaptersAndEnglishCanBeAskedFor(@TempDir Path dir) throws Exception {
        AnnotatedArticle article = annotatedSample(dir);
        ExportOptions options = ExportOptions.defaults().withDate(ExportFixtures.DATE).withLevels(1).withLanguage("en");
        Document html = Jsoup.parse(ExportFixtures.export(article, ExportFixtures.format("html"), options));
        assertTrue(html.select("table.summary tbody tr.lvl2").isEmpty());
        assertEquals(7, html.select("table.summary tbody tr.lvl1").size());
        assertEquals("Summary", html.selectFirst("#summary h2").text());
        String md = ExportFixtures.export(article, ExportFixtures.format("md"),
                ExportOptions.defaults().withDate(ExportFixtures.DATE));
        assertTrue(md.contains("| 章节 | 主张 | 政策措施 | 应对策略 | 合计 |"), md);
        assertTrue(md.lines().anyMatch(l -> l.startsWith("| **一 提案背景")), md);
        assertTrue(md.lines().anyMatch(l -> l.startsWith("| \u3000\u30001\\. 技术代差缩小引发的焦虑 |")), md);
        assertFalse(md.contains("| Preamble"), md);
    }

    @Test
    void theCommandLineTakesLevels(@TempDir Path dir) throws Exception {
        AnnotatedArticle article = annotatedSample(dir);
        Path out = dir.resolve("r.md");
        CliRun run = CliRun.of("export", article.articlePath().toString(), "--format", "md", "--levels", "1", "-o",
                out.toString());
        assertEquals(0, run.code(), run.err());
        assertFalse(Files.readString(out).contains("\u3000\u30001\\. "), "no points at level 1");
        run = CliRun.of("export", article.articlePath().toString(), "--format", "md", "--levels", "zero", "-o",
                dir.resolve("x.md").toString());
        assertEquals(2, run.code());
    }
}
