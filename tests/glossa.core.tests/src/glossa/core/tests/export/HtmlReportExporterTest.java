package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.core.codebook.DefaultCodebook;
import glossa.exchange.export.HtmlReportExporter;
import glossa.core.filter.AnnotationFilter;
import glossa.model.Annotation;
import glossa.model.AnnotationType;

class HtmlReportExporterTest {

    private static Document html(AnnotatedArticle article, glossa.exchange.export.ExportOptions options) throws Exception {
        return Jsoup.parse(ExportFixtures.export(article, ExportFixtures.format("html"), options));
    }

    @Test
    void headerNamesTitleSourceDateAndFilter() throws Exception {
        AnnotationFilter filter = new AnnotationFilter(Set.of(DefaultCodebook.COUNTER_STRATEGY), Set.of(), Set.of(), "");
        Document doc = html(ExportFixtures.small(), ExportFixtures.OPTIONS.withFilter(filter));
        assertEquals("技术封锁 test", doc.title());
        assertEquals("技术封锁 test", doc.getElementById("title").text());
        assertEquals("article.zh.txt", doc.getElementById("meta-source").text());
        assertEquals("2025-09-26T12:00:00Z", doc.getElementById("meta-date").text());
        assertEquals(filter.describe(), doc.getElementById("meta-filter").text());
        // The hidden type has no legend entry, no column and no highlight.
        assertEquals(List.of("claim", "policy-measure"), doc.select("#legend li").eachAttr("data-type"));
        assertTrue(doc.select("mark").stream().noneMatch(m -> m.attr("data-refs").isEmpty()));
        assertEquals(Set.of("claim", "policy-measure"), doc.select("mark").stream()
                .flatMap(m -> layerTypes(doc, m).stream()).collect(java.util.stream.Collectors.toSet()));
        assertEquals("3", doc.getElementById("meta-count").text());
    }

    @Test
    void summaryTableAndChartCountSectionsByType() throws Exception {
        Document doc = html(ExportFixtures.small(), ExportFixtures.OPTIONS);
        Elements rows = doc.select("table.summary tbody tr");
        assertEquals(3, rows.size(), "preamble + two sections");
        // columns: claim, policy-measure, counter-strategy, total
        assertEquals(List.of("0", "0", "0", "0"), rows.get(0).select("td").eachText());
        assertEquals(List.of("1", "1", "0", "2"), rows.get(1).select("td").eachText());
        assertEquals(List.of("1", "0", "1", "2"), rows.get(2).select("td").eachText());
        assertEquals(List.of("2", "1", "1", "4"), doc.select("table.summary tfoot td").eachText());
        // One stacked bar per section, a segment per non-zero count: none for the empty preamble.
        Elements bars = doc.select("svg.chart g[data-section=2] rect.bar");
        assertEquals(List.of("1", "1"), bars.eachAttr("data-count"));
        assertEquals(List.of("claim", "policy-measure"), bars.eachAttr("data-type"));
        assertEquals("#F5C542", bars.get(0).attr("fill"));
        assertEquals(4, doc.select("svg.chart rect.bar").size());
        assertTrue(doc.select("svg.chart g[data-section=1] text.total").isEmpty(), "no 0 label");
    }

    @Test
    void sectionsHoldTheTextWithEveryAnnotationHighlightedAndNumbered() throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        Document doc = html(article, ExportFixtures.OPTIONS);
        Elements sections = doc.select("section.report-section");
        assertEquals(3, sections.size());
        assertEquals("一 背景", sections.get(1).selectFirst("h2").text());
        // The text of each section is there in full, in order (refs aside).
        Element text = sections.get(1).selectFirst("div.text").clone();
        text.select("a.ref").remove();
        assertEquals(ExportFixtures.TEXT.substring(ExportFixtures.TEXT.indexOf("一、"), ExportFixtures.TEXT.indexOf("二、")),
                text.wholeText());
        // Each annotation: a numbered ref in the text linking to its entry, and back.
        for (int n = 1; n <= 4; n++) {
            Element ref = doc.getElementById("ref-" + n);
            assertNotNull(ref, "ref " + n);
            assertEquals("#ann-" + n, ref.attr("href"));
            Element entry = doc.getElementById("ann-" + n);
            assertEquals("#ref-" + n, entry.selectFirst("a.num").attr("href"));
        }
        Element entry = doc.getElementById("ann-1");
        assertEquals("claim", entry.attr("data-type"));
        assertEquals("claim", typeOf(doc, entry));
        assertEquals("#F5C542", new ReportCss(doc).styleOf(entry).get("border-left-color"), "the type's colour");
        assertEquals("技术出口管制", entry.selectFirst("blockquote").text());
        assertEquals(List.of("actor", "stance"), entry.select("dl.attrs dt").eachText());
        assertEquals(List.of("美国政府", "critical"), entry.select("dl.attrs dd").eachText());
        assertEquals("主张, with \"quotes\", commas\nand a new line", entry.selectFirst("p.memo").wholeText());
        // The relation shows at both ends.
        assertEquals("#ann-2", doc.getElementById("ann-3").selectFirst("a.relation").attr("href"));
        assertTrue(doc.getElementById("ann-2").selectFirst("ul.relations").text().contains("counters"));
    }

    @Test
    void overlapsStayVisibleAsLayeredSegments() throws Exception {
        Document doc = html(ExportFixtures.small(), ExportFixtures.OPTIONS);
        // "技术出口管制" (#1 claim) holds "出口管制" (#2 measure): "技术" carries #1 only, "出口管制" both.
        Element outerOnly = segmentWithText(doc, "技术");
        assertEquals("1", outerOnly.attr("data-refs"));
        Element both = segmentWithText(doc, "出口管制");
        assertEquals("1 2", both.attr("data-refs"));
        assertEquals(List.of("claim", "policy-measure"), layerTypes(doc, both), "outermost first");
        assertTrue(both.hasClass("o2"), both.className());
        assertFalse(both.hasAttr("style"), "drawn by the stylesheet");
        ReportCss css = new ReportCss(doc);
        assertEquals("#F5C54255", css.styleOf(both).get("background-color"), "outermost colours the background");
        assertEquals("inset 0 -3px 0 #5DA5DA", css.styleOf(both).get("box-shadow"), "the inner one adds a bar");
        assertEquals("6px", css.styleOf(both).get("padding-bottom"));
        assertEquals("#F5C54255", css.styleOf(outerOnly).get("background-color"));
        assertEquals(null, css.styleOf(outerOnly).get("box-shadow"), "a single layer has no bar");
        // "开源模型" (#3) and "模型生态" (#4) overlap partly: three pieces.
        assertEquals("3", segmentWithText(doc, "开源").attr("data-refs"));
        assertEquals("3 4", segmentWithText(doc, "模型").attr("data-refs"));
        assertEquals("4", segmentWithText(doc, "生态").attr("data-refs"));
    }

    /**
     * The type id an element's type class stands for (the legend entry with the same {@code tN} class): entries,
     * summary columns and highlighted pieces name their type by class only.
     */
    static String typeOf(Document doc, Element element) {
        List<String> typeClasses = element.classNames().stream().filter(c -> c.matches("t\\d+")).toList();
        assertEquals(1, typeClasses.size(), "one type class: " + element.className());
        Elements legend = doc.select("#legend li." + typeClasses.get(0));
        assertEquals(1, legend.size(), typeClasses.get(0));
        return legend.attr("data-type");
    }

    /** The type ids of a highlighted piece's layers, outermost first ({@code tN}, then {@code tNu1}, {@code tNu2} …). */
    static List<String> layerTypes(Document doc, Element mark) {
        List<String> types = new java.util.ArrayList<>(List.of(typeOf(doc, mark)));
        for (int layer = 1;; layer++) {
            String suffix = "u" + layer;
            List<String> classes = mark.classNames().stream().filter(c -> c.matches("t\\d+" + suffix)).toList();
            if (classes.isEmpty()) {
                return types;
            }
            assertEquals(1, classes.size(), mark.className());
            String column = classes.get(0).substring(0, classes.get(0).length() - suffix.length());
            types.add(doc.select("#legend li." + column).attr("data-type"));
        }
    }

    private static Element segmentWithText(Document doc, String text) {
        return doc.select("mark").stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no segment '" + text + "'"));
    }

    @Test
    void everythingFromTheDocumentIsEscaped() throws Exception {
        String evil = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
        String text = "正文 " + evil + " 结束";
        AnnotatedArticle article = ExportFixtures.small();
        article.setArticleText(article.articleText().withText(text));
        article.document().getSections().clear();
        article.document().getAnnotations().clear();
        article.document().getRelations().clear();
        article.document().setTitle("</title><script>alert(3)</script>");
        AnnotationType type = article.document().getCodebook().getTypes().get(0);
        type.setId("x</style><script>alert(6)</script>{}*/.t0{color:red}");
        type.setName("<b onmouseover=alert(4)>Claim</b></style><script>alert(7)</script>");
        type.setColor("red;background:url(http://evil)");
        type.setDescription("\"><script>alert(5)</script>");
        // A custom type, lower-case colour, that also tries to break out of the stylesheet by its id.
        AnnotationType custom = glossa.model.GlossaFactory.eINSTANCE.createAnnotationType();
        custom.setId("my</style><style>*{background:url(x)}");
        custom.setName("Custom</style><script>alert(8)</script>");
        custom.setColor("#12ab34");
        article.document().getCodebook().getTypes().add(custom);
        Annotation a = AnnotationFactory.create(text, type, text.indexOf('<'), text.indexOf(" 结束"), "<i>eve</i>");
        a.setMemo(evil);
        a.getAttributes().add(AnnotationFactory.attribute("actor\"><script>", evil));
        article.document().getAnnotations().add(a);
        article.document().getAnnotations().add(AnnotationFactory.create(text, custom, text.indexOf("alert"),
                text.indexOf("alert") + 5, "eve"));
        String raw = ExportFixtures.export(article, ExportFixtures.format("html"), ExportFixtures.OPTIONS);
        Document doc = Jsoup.parse(raw);
        assertTrue(doc.select("script").isEmpty(), "no script element");
        assertTrue(doc.select("img, b, i, iframe, object, embed, link").isEmpty(), "no element from document text");
        assertTrue(doc.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .noneMatch(at -> at.getKey().startsWith("on")), "no event handler attribute");
        assertFalse(raw.contains("http://evil"), "a bad colour is replaced, not passed into CSS");
        assertEquals(1, doc.select("style").size(), "the stylesheet was not closed early");
        String css = doc.selectFirst("style").html();
        assertFalse(css.contains("<") || css.contains("url(") || css.contains("script") || css.contains("color:red"),
                "nothing from type ids, names or colours in the stylesheet: " + css);
        // Both types still draw: the bad colour as neutral grey, the custom one in its own colour.
        ReportCss rules = new ReportCss(doc);
        Element inner = doc.select("mark").stream().filter(m -> m.text().equals("alert")).findFirst().orElseThrow();
        assertEquals("#9E9E9E55", rules.styleOf(inner).get("background-color"), "outermost: the bad colour, as grey");
        assertEquals("inset 0 -3px 0 #12AB34", rules.styleOf(inner).get("box-shadow"), "the custom type's bar");
        assertEquals(List.of(type.getId(), "policy-measure", "counter-strategy", custom.getId()),
                doc.select("#legend li").eachAttr("data-type"));
        assertEquals(List.of(type.getId(), custom.getId()), layerTypes(doc, inner));
        assertEquals(custom.getId(), typeOf(doc, doc.getElementById("ann-2")));
        assertEquals("#12AB34", rules.styleOf(doc.getElementById("ann-2")).get("border-left-color"));
        // The text is shown literally.
        assertEquals("</title><script>alert(3)</script>", doc.title());
        Element shown = doc.selectFirst("div.text").clone();
        shown.select("a.ref").remove();
        assertTrue(shown.text().contains(evil), shown.text());
        assertEquals(evil, doc.getElementById("ann-1").selectFirst("p.memo").text());
        assertEquals(evil, doc.getElementById("ann-1").selectFirst("dl.attrs dd").text());
        assertEquals(type.getName(), doc.selectFirst("#legend li").text());
        assertEquals(custom.getName(), doc.getElementById("ann-2").selectFirst(".type").text());
        // Defence in depth: the page forbids scripts and any network access.
        String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertTrue(csp.startsWith("default-src 'none'"), csp);
    }

    @Test
    void selfContainedPrintableAndWithChineseFonts() throws Exception {
        String raw = ExportFixtures.export(ExportFixtures.sample(), ExportFixtures.format("html"), ExportFixtures.OPTIONS);
        Document doc = Jsoup.parse(raw);
        assertTrue(doc.select("[src], link, script, iframe").isEmpty(), "nothing loaded from elsewhere");
        String css = doc.select("style").html();
        assertFalse(css.contains("url("), "no external CSS resources");
        assertTrue(css.contains("@media print") && css.contains(".report-section{break-before:page}"), css);
        for (String font : List.of("Noto Sans CJK SC", "Noto Serif CJK SC", "PingFang SC", "Microsoft YaHei")) {
            assertTrue(css.contains("\"" + font + "\""), font);
        }
        assertEquals(1, doc.select("svg.chart").size());
    }

    @Test
    void sampleReportHasOneSectionPerHeadingAndEveryAnnotation() throws Exception {
        AnnotatedArticle article = ExportFixtures.sample();
        Document doc = html(article, ExportFixtures.OPTIONS);
        assertEquals(article.document().getSections().size(), doc.select("section.report-section").size());
        assertEquals(article.document().getAnnotations().size(), doc.select("li.entry").size());
        assertEquals(article.document().getAnnotations().size(), doc.select("a.ref").size());
        assertEquals(Integer.toString(article.document().getAnnotations().size()),
                doc.select("table.summary tfoot td.total").text());
        // "DeepSeek" inside "矛头直指中国AI企业DeepSeek": overlaps in the real text.
        assertFalse(doc.select("mark.o2").isEmpty());
    }

    @Test
    void sectionOptionKeepsOnlyTheChosenSections() throws Exception {
        AnnotatedArticle article = ExportFixtures.sample();
        // "2" is the second top-level section (the first numbered one is third, after the preamble at 1); "三" a label.
        Document doc = html(article, ExportFixtures.OPTIONS.withSections(Set.of("三", "2")));
        List<String> numbers = doc.select("section.report-section").eachAttr("data-number");
        assertEquals(List.of("一", "三"), numbers);
        assertEquals(2, doc.select("table.summary tbody tr").size());
    }

    @Test
    void annotationsOnlyVariantListsQuotesByTypeWithoutTheText() throws Exception {
        Document doc = html(ExportFixtures.small(), ExportFixtures.OPTIONS.withFullText(false));
        assertTrue(doc.select("div.text, mark, a.ref").isEmpty());
        Element second = doc.select("section.report-section").get(2);
        assertEquals(List.of("claim", "counter-strategy"), second.select("div.quotes").eachAttr("data-type"));
        assertEquals("模型生态", second.selectFirst("div.quotes[data-type=claim] blockquote").text());
        assertEquals(4, doc.select("li.entry").size());
    }

    @Test
    void cancellationStopsTheExport() {
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> new HtmlReportExporter().export(ExportFixtures.small(),
                ExportFixtures.OPTIONS, new ByteArrayOutputStream(), monitor));
    }
}
