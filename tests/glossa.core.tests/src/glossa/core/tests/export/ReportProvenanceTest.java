package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.model.GlossaFactory;
import glossa.model.Provenance;

/** The HTML report of a converted article: where it came from, and the page each annotation sits on. */
class ReportProvenanceTest {

    private static Document report(AnnotatedArticle article) throws Exception {
        return Jsoup.parse(ExportFixtures.export(article, ExportFixtures.format("html"), ExportFixtures.OPTIONS));
    }

    @Test
    void convertedArticleShowsItsSourceAndCitesPages() throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        Provenance p = GlossaFactory.eINSTANCE.createProvenance();
        p.setSourceName("report<1>.pdf");
        p.setSourceSha256("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
        p.setConverter("pdf");
        p.setConverterVersion("1");
        p.setAuthor("Office <script>alert(1)</script>");
        p.setPublished("2020-08-06");
        p.setUrl("https://example.org/a?b=1&c=2");
        String text = article.text();
        // Page 1 holds the preamble and section 一, page 2 starts at section 二.
        p.getPageStarts().addAll(List.of(0, text.indexOf("二、")));
        article.document().setProvenance(p);
        Document doc = report(article);
        assertEquals("report<1>.pdf · pdf 1 · 2 pp. · SHA-256 0123456789ab…",
                doc.getElementById("meta-provenance").text());
        assertEquals("Office <script>alert(1)</script>", doc.getElementById("meta-author").text());
        assertTrue(doc.select("script").isEmpty(), "escaped, not markup");
        assertEquals("2020-08-06", doc.getElementById("meta-published").text());
        assertEquals("https://example.org/a?b=1&c=2", doc.getElementById("meta-url").text());
        // The claim in section 一 is on page 1, the counter-strategy in section 二 on page 2.
        assertEquals(List.of("p. 1", "p. 1", "p. 2", "p. 2"), doc.select("li.entry span.page").eachText());
    }

    @Test
    void articleWithoutProvenanceHasNoSuchLines() throws Exception {
        Document doc = report(ExportFixtures.small());
        assertNull(doc.getElementById("meta-provenance"));
        assertTrue(doc.select("span.page").isEmpty());
    }
}
