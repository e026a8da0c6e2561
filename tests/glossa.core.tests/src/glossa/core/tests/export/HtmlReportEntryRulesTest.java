package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.DefaultCodebook;
import glossa.exchange.export.ExportOptions;
import glossa.model.Annotation;
import glossa.model.GlossaFactory;
import glossa.model.Provenance;

/**
 * The HTML report's entries and highlights, element by element: what each entry holds and where (its number as a
 * link back to the text or as plain text, type, page, quote, attributes, memo, relations in both directions, author,
 * date and status), the message of an empty section, and how the text marks annotations (a reference per non-empty
 * annotation, overlap layers only where annotations overlap, and stylesheet layers as deep as the deepest overlap).
 */
class HtmlReportEntryRulesTest {

    private static final String TEXT = ExportFixtures.TEXT;

    private static Document html(AnnotatedArticle article, ExportOptions options) throws Exception {
        return Jsoup.parse(ExportFixtures.export(article, ExportFixtures.format("html"), options));
    }

    @Test
    void anEntryHoldsItsPartsInOrderAsDirectChildren() throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        Provenance provenance = GlossaFactory.eINSTANCE.createProvenance();
        provenance.getPageStarts().addAll(List.of(0, TEXT.indexOf("二、")));
        article.document().setProvenance(provenance);
        Document doc = html(article, ExportFixtures.OPTIONS);
        Element entry = doc.getElementById("ann-1");
        assertEquals("ol", entry.parent().tagName());
        assertTrue(entry.parent().hasClass("entries"));
        assertEquals(List.of("a", "span", "blockquote", "dl", "p", "p"),
                entry.children().stream().map(Element::tagName).toList());
        assertEquals("1", entry.selectFirst("a.num").text());
        assertEquals("#ref-1", entry.selectFirst("a.num").attr("href"));
        // The page follows the type name, inside its label.
        assertEquals("Claim", entry.selectFirst("span.type").ownText());
        assertEquals("p. 1", entry.selectFirst("span.type > span.page").text());
        assertTrue(entry.selectFirst("span.page").children().isEmpty());
        assertEquals("技术出口管制", entry.selectFirst("blockquote").text());
        assertEquals(List.of("dt", "dd", "dt", "dd"), entry.selectFirst("dl.attrs").children().stream()
                .map(Element::tagName).toList());
        assertEquals(List.of("美国政府", "critical"), entry.select("dl.attrs > dd").eachText());
        assertEquals("p", entry.selectFirst("p.memo").tagName());
        assertEquals(entry, entry.selectFirst("p.memo").parent(), "the memo is not inside the attributes");
        assertEquals("ana · 2025-09-20T08:15:30.123Z · confirmed", entry.selectFirst("p.muted").text());
        assertEquals("bo · 2025-09-20T08:15:31.123Z · suggested",
                doc.getElementById("ann-2").selectFirst("p.muted").text());
        assertEquals("p. 2", doc.getElementById("ann-3").selectFirst("span.page").text());
    }

    @Test
    void relationsShowAtBothEndsWithTheirDirectionNumberAndMemo() throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        article.document().getRelations().get(0).setMemo("因为 <原因>");
        Document doc = html(article, ExportFixtures.OPTIONS);
        // #3 (the counter-strategy) counters #2 (the measure).
        Element outgoing = doc.getElementById("ann-3").selectFirst("ul.relations > li");
        assertEquals("counters → 2 因为 <原因>", outgoing.text());
        assertEquals("2", outgoing.selectFirst("a.relation").text());
        assertEquals("#ann-2", outgoing.selectFirst("a.relation").attr("href"));
        assertEquals("因为 <原因>", outgoing.selectFirst("span.memo").text());
        assertEquals(outgoing, outgoing.selectFirst("span.memo").parent(), "the memo is not part of the link");
        Element incoming = doc.getElementById("ann-2").selectFirst("ul.relations > li");
        assertEquals("← counters 3 因为 <原因>", incoming.text());
        assertEquals("#ann-3", incoming.selectFirst("a.relation").attr("href"));
        assertEquals("3", incoming.selectFirst("a.relation").text());
        // The relations end before the entry's last line (author, date, status).
        assertEquals(List.of("a", "span", "blockquote", "dl", "ul", "p"),
                doc.getElementById("ann-2").children().stream().map(Element::tagName).toList());
        assertTrue(doc.getElementById("ann-2").children().last().hasClass("muted"));

        article.document().getRelations().get(0).setMemo("  ");
        Document plain = html(article, ExportFixtures.OPTIONS);
        assertNull(plain.getElementById("ann-3").selectFirst("ul.relations span.memo"), "a blank memo is left out");
        assertEquals("counters → 2", plain.getElementById("ann-3").selectFirst("ul.relations > li").text());
    }

    @Test
    void withoutTheTextNumbersArePlainAndEntriesAreGroupedByType() throws Exception {
        Document doc = html(ExportFixtures.small(), ExportFixtures.OPTIONS.withFullText(false));
        Element entry = doc.getElementById("ann-1");
        assertNull(entry.selectFirst("a.num"));
        Element number = entry.selectFirst("span.num");
        assertEquals("1", number.text());
        assertEquals(entry, number.parent());
        assertEquals("span", entry.child(1).tagName());
        assertEquals("Claim", entry.child(1).text());
        assertEquals("ol", entry.parent().tagName());
        assertEquals("Claim (1)", doc.select("section.report-section").get(1).selectFirst("div.quotes h3").text());
        // One group after another, never one inside the other.
        for (Element group : doc.select("div.quotes")) {
            assertEquals("section", group.parent().tagName());
            assertEquals(1, group.select("ol.entries").size());
        }
    }

    @Test
    void anEmptySectionSaysSo() throws Exception {
        for (boolean fullText : new boolean[] { true, false }) {
            Document doc = html(ExportFixtures.small(), ExportFixtures.OPTIONS.withFullText(fullText));
            Element preamble = doc.select("section.report-section").get(0);
            assertEquals("No annotations in this section.", preamble.selectFirst("p.muted.none").text());
            assertTrue(preamble.select("ol, li").isEmpty());
            // One list of entries, or one per type present (a claim and a measure).
            assertEquals(fullText ? 1 : 2, doc.select("section.report-section").get(1).select("ol.entries").size());
        }
    }

    @Test
    void referencesInTheTextAreNumberedLinksToTheEntries() throws Exception {
        Document doc = html(ExportFixtures.small(), ExportFixtures.OPTIONS);
        for (int n = 1; n <= 4; n++) {
            Element ref = doc.getElementById("ref-" + n);
            assertEquals(Integer.toString(n), ref.text());
            assertEquals("#ann-" + n, ref.attr("href"));
        }
    }

    /** The small article with its annotations replaced by claims at the given offsets (begin, end pairs). */
    private static AnnotatedArticle claims(int... offsets) {
        AnnotatedArticle article = ExportFixtures.small();
        article.document().getRelations().clear();
        article.document().getAnnotations().clear();
        for (int i = 0; i < offsets.length; i += 2) {
            ExportFixtures.add(article.document(), TEXT, DefaultCodebook.CLAIM, offsets[i], offsets[i + 1], "ana");
        }
        return article;
    }

    @Test
    void anEmptyAnnotationMarksNothing() throws Exception {
        int b = TEXT.indexOf("技术出口管制", TEXT.indexOf("一、"));
        AnnotatedArticle article = claims(b, b + 2, b + 4, b + 5);
        // #2 made empty after the fact (the factory refuses empty spans; a hand-edited sidecar may hold one).
        article.document().getAnnotations().get(1).setEnd(b + 4);
        Document doc = html(article, ExportFixtures.OPTIONS);
        // #2 is empty: an entry, but no reference and no highlight.
        assertEquals(2, doc.select("li.entry").size());
        assertTrue(doc.getElementById("ref-1") != null);
        assertNull(doc.getElementById("ref-2"));
        for (Element mark : doc.select("mark")) {
            assertEquals("1", mark.attr("data-refs"), mark.outerHtml());
        }
        assertEquals("技术", doc.selectFirst("mark").text());
    }

    @Test
    void overlapLayersAppearOnlyWhereAnnotationsOverlap() throws Exception {
        int b = TEXT.indexOf("技术出口管制", TEXT.indexOf("一、"));
        // A holds B and then C; D touches C's end without overlapping it.
        Document doc = html(claims(b, b + 6, b + 1, b + 2, b + 3, b + 5, b + 6, b + 8), ExportFixtures.OPTIONS);
        List<Element> marks = doc.select("mark");
        assertEquals(List.of("技", "术", "出", "口管", "制", "与签"), marks.stream().map(Element::text).toList());
        assertEquals(List.of("1", "1 2", "1", "1 3", "1", "4"), marks.stream().map(m -> m.attr("data-refs")).toList());
        assertEquals(List.of("t0", "t0 o2 t0u1", "t0", "t0 o2 t0u1", "t0", "t0"),
                marks.stream().map(Element::className).toList());
        assertTrue(marks.stream().noneMatch(m -> m.hasAttr("data-count")), "every covering annotation is listed");
        // The deepest overlap is two: the stylesheet has the second layer and no third.
        String style = doc.selectFirst("head style").data();
        assertTrue(style.contains("mark.o2{"), style);
        assertFalse(style.contains("mark.o3{"), style);
        assertTrue(style.contains("mark.t0u1{"), style);
        assertFalse(style.contains("mark.t0u2{"), style);
    }

    @Test
    void annotationsThatOnlyTouchNeedNoLayers() throws Exception {
        int b = TEXT.indexOf("技术出口管制", TEXT.indexOf("一、"));
        Document doc = html(claims(b, b + 2, b + 2, b + 4, b + 4, b + 6), ExportFixtures.OPTIONS);
        String style = doc.selectFirst("head style").data();
        assertFalse(style.contains("mark.o2{"), style);
        assertFalse(style.contains("u1{"), style);
        assertEquals(List.of("t0", "t0", "t0"), doc.select("mark").stream().map(Element::className).toList());
    }
}
