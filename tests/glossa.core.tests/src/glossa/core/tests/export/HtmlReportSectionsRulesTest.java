package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.DefaultCodebook;
import glossa.model.Section;
import glossa.model.SectionKind;

/**
 * The HTML report's sections beyond the sample: annotations outside every section in a closing section of their
 * own (numbered after the others, with plain numbers since they have no text to link back to), section memos under
 * the heading, points of a chapter in the summary pointing at their chapter, and progress in equal steps.
 */
class HtmlReportSectionsRulesTest {

    private static Document html(AnnotatedArticle article) throws Exception {
        return Jsoup.parse(ExportFixtures.export(article, ExportFixtures.format("html"), ExportFixtures.OPTIONS));
    }

    @Test
    void annotationsOutsideEverySectionCloseTheReport() throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        article.document().getSections().remove(0);
        ExportFixtures.add(article.document(), ExportFixtures.TEXT, DefaultCodebook.CLAIM, 0, 2, "cy");
        Document doc = html(article);
        Element outside = doc.getElementById("sec-outside");
        assertTrue(outside.hasClass("report-section") && outside.hasClass("unsectioned"));
        assertEquals("Outside any section", outside.selectFirst("h2").text());
        assertEquals("section", outside.previousElementSibling().tagName());
        assertEquals("footer", outside.nextElementSibling().tagName());
        Element entry = outside.selectFirst("ol.entries > li.entry");
        assertEquals("ann-5", entry.id());
        assertEquals("5", entry.selectFirst("span.num").text());
        assertNull(entry.selectFirst("a.num"));
        assertEquals("前言", entry.selectFirst("blockquote").text());
        assertNull(doc.selectFirst("section#sec-outside div.text"));
    }

    @Test
    void sectionMemosComeUnderTheHeadingWithTheirSubsectionsLabel() throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        Section two = article.document().getSections().get(2);
        two.setMemo("节备忘");
        Section point = ExportFixtures.section("（一）", "开源", two.getBegin() + 5, two.getEnd(), SectionKind.BODY);
        point.setMemo("小节\n备忘");
        two.getChildren().add(point);
        Document doc = html(article);
        Element section = doc.getElementById("sec-3");
        List<Element> memos = section.select("p.memo.section-memo");
        assertEquals(List.of("Memo 节备忘", "（一） 开源 · Memo 小节 备忘"), memos.stream().map(Element::text).toList());
        assertEquals("h2", memos.get(0).previousElementSibling().tagName());
        assertEquals(1, memos.get(1).select("br").size());
        assertTrue(doc.getElementById("sec-2").select("p.section-memo").isEmpty());
        // The point's summary row names its chapter.
        Element pointRow = doc.selectFirst("table.summary tr.lvl2");
        assertEquals("3", pointRow.attr("data-parent"));
        assertEquals("#sec-3", pointRow.selectFirst("a").attr("href"));
        assertTrue(!pointRow.hasAttr("data-section"));
        assertEquals("3", doc.selectFirst("table.summary tr.lvl1[data-section=3]").attr("data-section"));
        // The summary section closes before the first report section.
        assertEquals("section", doc.getElementById("summary").nextElementSibling().tagName());
        assertEquals("sec-1", doc.getElementById("summary").nextElementSibling().id());
    }

    @Test
    void progressAdvancesInEqualStepsForTheFrontMatterAndEachSection() throws Exception {
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
        ExportFixtures.format("html").newExporter().export(ExportFixtures.small(), ExportFixtures.OPTIONS,
                new ByteArrayOutputStream(), monitor);
        // Five equal parts: head and summary, three sections, the end; all of the task is done.
        assertTrue(worked.size() >= 4, worked.toString());
        for (int i = 0; i < 4; i++) {
            assertEquals(begun[0] / 5.0, worked.get(i), 1.0, worked.toString());
        }
        assertEquals(begun[0], worked.stream().mapToDouble(Double::doubleValue).sum(), 1e-6, worked.toString());
    }
}
