package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.exchange.export.HtmlReportExporter;
import glossa.model.Document;

/**
 * Issue 20, item 5: the HTML report stays linear in text plus annotations when many annotations sit on one span
 * (it used to grow with the square of the overlap: 385 MB for 5,000). Sizes, not times.
 */
class StackedReportTest {

    /** The report of {@code n} annotations over one span, or nested one inside the other when {@code nested}. */
    static byte[] report(int n, boolean nested) throws IOException {
        AnnotatedArticle article = ExportFixtures.small();
        Document document = article.document();
        document.getAnnotations().clear();
        document.getRelations().clear();
        String text = article.text();
        int from = text.indexOf("美国政府");
        int to = text.indexOf("二、");
        for (int i = 0; i < n; i++) {
            int shrink = nested ? i % ((to - from) / 2) : 0;
            ExportFixtures.add(document, text, "claim", from + shrink, to - shrink, "ana");
        }
        return ExportFixtures.bytes(article, ExportFixtures.format("html"), ExportFixtures.OPTIONS);
    }

    @Test
    void stackedAnnotationsGiveALinearReport() throws Exception {
        for (boolean nested : new boolean[] { false, true }) {
            int small = report(1_000, nested).length;
            int large = report(5_000, nested).length;
            double ratio = (double) large / small;
            assertTrue(ratio < 5.5, (nested ? "nested" : "stacked") + ": 5× the annotations, " + ratio
                    + "× the bytes (" + small + " → " + large + ")");
            assertTrue(large < 5_000 * 1_000, "about a kilobyte per annotation at most: " + large);
        }
    }

    @Test
    void deepPiecesCapTheirLayersAndSayHowManyCoverThem() throws Exception {
        org.jsoup.nodes.Document html = Jsoup.parse(new String(report(500, false), StandardCharsets.UTF_8));
        Element piece = html.selectFirst("mark[data-count]");
        assertEquals("500", piece.attr("data-count"));
        assertEquals(HtmlReportExporter.MAX_REFS, piece.attr("data-refs").split(" ").length);
        assertTrue(piece.hasClass("o" + HtmlReportExporter.MAX_LAYERS), piece.className());
        assertEquals(500, html.select("a.ref").size(), "every annotation keeps its anchor");
        assertEquals(500, html.select("li.entry").size(), "and its entry");
    }
}
