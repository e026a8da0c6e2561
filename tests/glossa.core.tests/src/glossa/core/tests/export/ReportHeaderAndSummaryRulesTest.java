package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.DefaultCodebook;
import glossa.model.GlossaFactory;
import glossa.model.Provenance;

/**
 * The HTML report's header and summary table in the cases the sample article does not reach: the converted
 * source's line (site only when given, the checksum's first 12 digits only when there are 12), the document memo
 * with its line breaks inside the header, a text without sections as one row, and annotations outside every section
 * as their own row, all counted in the totals.
 */
class ReportHeaderAndSummaryRulesTest {

    private static Document html(AnnotatedArticle article) throws Exception {
        return Jsoup.parse(ExportFixtures.export(article, ExportFixtures.format("html"), ExportFixtures.OPTIONS));
    }

    private static List<String> cells(Element row) {
        return row.select("td").eachText();
    }

    @Test
    void theConvertedSourceIsOneLine() throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        Provenance p = GlossaFactory.eINSTANCE.createProvenance();
        p.setSourceName("report.pdf");
        p.setSite("  ");
        p.setSourceSha256("1a2b3c4d5e6f");
        article.document().setProvenance(p);
        assertEquals("report.pdf · SHA-256 1a2b3c4d5e6f…", html(article).getElementById("meta-provenance").text());
        p.setSite("Federal Register");
        p.setSourceSha256("1a2b3c4d5e6");
        assertEquals("report.pdf · Federal Register", html(article).getElementById("meta-provenance").text());
    }

    @Test
    void theDocumentMemoSitsInTheHeaderWithItsLineBreaks() throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        article.document().setMemo("第一行\n<第二行>");
        Document doc = html(article);
        Element memo = doc.getElementById("document-memo");
        assertEquals("header", memo.parent().tagName());
        assertEquals("dl", memo.previousElementSibling().tagName());
        assertEquals(1, memo.select("br").size());
        assertEquals("Memo 第一行 <第二行>", memo.text());
        assertTrue(doc.selectFirst("header").select("section").isEmpty(), "the header ends before the legend");
    }

    @Test
    void theSummaryHasAColumnPerTypeThenTheTotal() throws Exception {
        Element head = html(ExportFixtures.small()).selectFirst("table.summary thead tr");
        assertEquals(List.of("Section", "Claim", "Policy measure", "Counter-strategy", "Total"), head.select("th").eachText());
        assertEquals(List.of(DefaultCodebook.CLAIM, DefaultCodebook.POLICY_MEASURE, DefaultCodebook.COUNTER_STRATEGY),
                head.select("th[data-type]").eachAttr("data-type"));
        assertEquals(List.of("t0", "t1", "t2"), head.select("th[data-type]").eachAttr("class"));
    }

    @Test
    void aTextWithoutSectionsIsOneRow() throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        article.document().getSections().clear();
        Document doc = html(article);
        List<Element> rows = doc.select("table.summary tbody tr");
        assertEquals(1, rows.size());
        assertEquals("技术封锁 test", rows.get(0).selectFirst("th").text());
        assertEquals("#sec-1", rows.get(0).selectFirst("th a").attr("href"));
        assertEquals(List.of("2", "1", "1", "4"), cells(rows.get(0)));
        assertEquals(List.of("2", "1", "1", "4"), cells(doc.selectFirst("table.summary tfoot tr")));
    }

    @Test
    void annotationsOutsideEverySectionHaveTheirOwnRowAndCountInTheTotals() throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        article.document().getSections().remove(0);
        ExportFixtures.add(article.document(), ExportFixtures.TEXT, DefaultCodebook.COUNTER_STRATEGY, 0, 2, "cy");
        ExportFixtures.add(article.document(), ExportFixtures.TEXT, DefaultCodebook.COUNTER_STRATEGY, 3, 5, "cy");
        Document doc = html(article);
        Element outside = doc.selectFirst("table.summary tbody tr[data-section=outside]");
        assertEquals("#sec-outside", outside.selectFirst("th a").attr("href"));
        assertEquals(List.of("0", "0", "2", "2"), cells(outside));
        assertEquals(List.of("2", "1", "3", "6"), cells(doc.selectFirst("table.summary tfoot tr")));
    }
}
