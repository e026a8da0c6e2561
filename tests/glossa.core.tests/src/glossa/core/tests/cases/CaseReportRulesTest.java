package glossa.core.tests.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import glossa.core.AnnotatedArticle;
import glossa.core.cases.CaseArticles;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.filter.AnnotationFilter;
import glossa.exchange.FormatRegistry;
import glossa.exchange.export.CaseExporter;
import glossa.exchange.export.ExportOptions;

/**
 * The case report (HTML) by its parts: a self-contained head whose style holds the single reports' common rules once
 * and a swatch colour per type, a header with the case's facts, a contents table of articles × types with the
 * totals, then one article after another, each with its own scoped type colours, a link back to the contents and
 * none of the single reports' footers; one footer at the end.
 */
class CaseReportRulesTest {

    private static final Instant DATE = Instant.parse("2025-09-26T12:00:00Z");

    @TempDir
    Path root;

    // In path order: follow-up.txt (nothing), proposal.txt, responses/reply.md.
    private final List<Map<String, Integer>> counts = new ArrayList<>();
    private CaseArticles.Loaded loaded;

    @BeforeEach
    void writeCase() throws IOException {
        Map<String, Integer> proposal = CaseFixtures.article(root, "proposal.txt", 1, 2, 1, 0);
        Map<String, Integer> reply = CaseFixtures.article(root, "responses/reply.md", 2, 1, 0, 3);
        counts.add(CaseFixtures.article(root, "follow-up.txt", 3, 0, 0, 0));
        counts.add(proposal);
        counts.add(reply);
        loaded = CaseArticles.load(root, null);
    }

    private String export(List<AnnotatedArticle> articles, ExportOptions options, IProgressMonitor monitor)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CaseExporter(root, "案例 <DeepSeek>", articles, loaded.codebook().codebook())
                .export(FormatRegistry.instance().exportFormat("html").caseWriter(), options, out, monitor);
        return out.toString(StandardCharsets.UTF_8);
    }

    private Document html() throws IOException {
        return Jsoup.parse(export(loaded.articles(), ExportOptions.defaults().withDate(DATE), null));
    }

    @Test
    void headIsSelfContainedWithTheCommonRulesOnceAndASwatchPerType() throws IOException {
        Document doc = html();
        assertEquals("utf-8", doc.selectFirst("head meta[charset]").attr("charset"));
        assertEquals("default-src 'none'; style-src 'unsafe-inline'; img-src data:",
                doc.selectFirst("head meta[http-equiv=Content-Security-Policy]").attr("content"));
        assertEquals("width=device-width, initial-scale=1", doc.selectFirst("head meta[name=viewport]").attr("content"));
        assertEquals("Glossa", doc.selectFirst("head meta[name=generator]").attr("content"));
        assertEquals("案例 <DeepSeek>", doc.title());
        String style = doc.selectFirst("head style").data();
        List<String> types = doc.select("nav#toc thead th[data-type]").eachAttr("data-type");
        assertEquals(DefaultCodebook.CLAIM, types.get(0));
        for (int t = 0; t < types.size(); t++) {
            assertTrue(style.contains("nav#toc .c" + t + " .swatch{background:#"), t + " in " + style);
        }
        assertFalse(style.contains("nav#toc .c" + types.size() + " "), style);
        assertTrue(style.contains("@media print{article.case-article{break-before:page}}"), style);
        assertTrue(style.contains("article.case-article{border-top:2px solid #888;margin-top:3em}"), style);
        // The single report's own rules (its body font, say) come once, in the head; its type rules never do.
        String single = articleStyle(doc, 1);
        assertTrue(style.contains("body{"), style);
        assertFalse(style.contains("body{") && single.contains("body{"), "common rules only in the head");
        assertFalse(style.matches("(?s).*\\.[to]\\d.*"), "no unscoped type rule in the head: " + style);
        assertFalse(style.contains("\n\n"), "no empty lines");
        assertFalse(style.contains("<"), style);
    }

    private static String articleStyle(Document doc, int n) {
        return doc.getElementById("a" + n).selectFirst("style").data();
    }

    @Test
    void eachArticleScopesItsTypeRulesToItself() throws IOException {
        Document doc = html();
        for (int n = 1; n <= 3; n++) {
            String style = articleStyle(doc, n);
            assertFalse(style.isBlank());
            for (String line : style.strip().split("\n")) {
                for (String selector : line.substring(0, line.indexOf('{')).split(",")) {
                    assertTrue(selector.startsWith("#a" + n + " "), selector + " in " + line);
                }
            }
        }
        assertTrue(articleStyle(doc, 2).contains("#a2 .t0 .swatch"), articleStyle(doc, 2));
    }

    @Test
    void headerNamesTheCaseAndItsFacts() throws IOException {
        AnnotationFilter filter = new AnnotationFilter(java.util.Set.of(DefaultCodebook.CLAIM), java.util.Set.of(),
                java.util.Set.of(), "");
        Document doc = Jsoup.parse(export(loaded.articles(), ExportOptions.defaults().withDate(DATE).withFilter(filter),
                null));
        assertEquals("案例 <DeepSeek>", doc.getElementById("case-title").text());
        assertEquals("3", doc.getElementById("meta-articles").text());
        assertEquals("2025-09-26T12:00:00Z", doc.getElementById("meta-date").text());
        assertEquals(filter.describe(), doc.getElementById("meta-filter").text());
        // Claims hidden: 7 annotations less 2 claims in proposal.txt and 1 in reply.md.
        assertEquals("4", doc.getElementById("meta-count").text());
    }

    @Test
    void contentsTableCountsEveryArticleByTypeWithTotals() throws IOException {
        Document doc = html();
        List<String> types = doc.select("nav#toc thead th[data-type]").eachAttr("data-type");
        List<Element> heads = doc.select("nav#toc thead th[data-type]");
        for (int t = 0; t < types.size(); t++) {
            assertEquals("c" + t, heads.get(t).className());
            assertNotNull(heads.get(t).selectFirst("span.swatch"));
        }
        assertEquals(List.of("Claim", "Policy measure", "Counter-strategy"), heads.stream().limit(3).map(Element::text).toList());
        List<Element> rows = doc.select("nav#toc tbody tr");
        String[] names = { "follow-up.txt", "proposal.txt", "responses/reply.md" };
        int[] typeTotals = new int[types.size()];
        int total = 0;
        for (int a = 0; a < 3; a++) {
            Element row = rows.get(a);
            assertEquals(Integer.toString(a + 1), row.attr("data-article"));
            assertEquals("#a" + (a + 1) + "-title", row.selectFirst("th a").attr("href"));
            assertNotNull(doc.getElementById("a" + (a + 1) + "-title"), "the link's target");
            assertEquals(names[a], row.selectFirst("th span.muted").text());
            List<String> cells = row.select("td.n").eachText();
            assertEquals(types.size() + 1, cells.size());
            int sum = 0;
            for (int t = 0; t < types.size(); t++) {
                int n = counts.get(a).getOrDefault(types.get(t), 0);
                assertEquals(Integer.toString(n), cells.get(t), names[a] + " " + types.get(t));
                typeTotals[t] += n;
                sum += n;
            }
            assertEquals(Integer.toString(sum), row.selectFirst("td.total").text());
            total += sum;
        }
        List<String> foot = doc.select("nav#toc tfoot td").eachText();
        assertEquals(types.size() + 1, foot.size());
        for (int t = 0; t < types.size(); t++) {
            assertEquals(Integer.toString(typeTotals[t]), foot.get(t));
        }
        assertEquals(Integer.toString(total), foot.get(types.size()));
        assertEquals(7, total);
    }

    @Test
    void articlesFollowInOrderEachWithALinkBackAndOnlyOneFooterAtTheEnd() throws IOException {
        Document doc = html();
        List<Element> articles = doc.select("body > article.case-article");
        assertEquals(List.of("a1", "a2", "a3"), articles.stream().map(Element::id).toList());
        for (Element article : articles) {
            Element last = article.children().last();
            assertEquals("p", last.tagName());
            assertEquals("#toc", last.selectFirst("a").attr("href"));
            assertEquals("↑ Contents", last.text());
            // Nothing of the single report's page around its body leaks in as text.
            for (TextNode text : article.textNodes()) {
                assertTrue(text.isBlank(), "stray text '" + text.text() + "'");
            }
        }
        assertEquals(1, doc.select("footer").size());
        assertEquals("Generated by Glossa.", doc.selectFirst("footer").text());
        assertEquals(doc.body().children().last(), doc.selectFirst("footer"));
        assertTrue(doc.select("article.case-article footer").isEmpty());
    }

    @Test
    void aCaseWithoutArticlesIsStillACompleteReport() throws IOException {
        Document doc = Jsoup.parse(export(List.of(), ExportOptions.defaults().withDate(DATE), null));
        assertEquals("案例 <DeepSeek>", doc.getElementById("case-title").text());
        assertEquals("0", doc.getElementById("meta-articles").text());
        assertEquals("0", doc.getElementById("meta-count").text());
        assertTrue(doc.select("nav#toc tbody tr").isEmpty());
        assertTrue(doc.select("article").isEmpty());
        assertEquals("Generated by Glossa.", doc.selectFirst("footer").text());
        assertTrue(doc.selectFirst("head style").data().contains("@media print"));
    }

    @Test
    void progressCountsOneStepPerArticleAndEnds() throws IOException {
        List<String> events = new ArrayList<>();
        IProgressMonitor monitor = new NullProgressMonitor() {
            @Override
            public void beginTask(String name, int totalWork) {
                events.add("begin " + totalWork);
            }

            @Override
            public void worked(int work) {
                events.add("worked " + work);
            }

            @Override
            public void done() {
                events.add("done");
            }
        };
        export(loaded.articles(), ExportOptions.defaults().withDate(DATE), monitor);
        assertEquals(List.of("begin 4", "worked 1", "worked 1", "worked 1", "done"), events);
    }

    @Test
    void cancellingStopsBeforeTheNextArticle() {
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        assertThrows(OperationCanceledException.class,
                () -> export(loaded.articles(), ExportOptions.defaults().withDate(DATE), monitor));
    }
}
