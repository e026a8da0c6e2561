package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;

/** The document's memo heads the HTML and Markdown reports; section memos sit under their section's heading. */
class ReportMemosTest {

    private static AnnotatedArticle withMemos() throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        article.document().setMemo("Overall: <script>alert(1)</script> & more\nsecond line");
        article.document().getSections().get(1).setMemo("Section note *bold?*");
        return article;
    }

    @Test
    void htmlShowsTheMemosEscaped() throws Exception {
        String html = ExportFixtures.export(withMemos(), ExportFixtures.format("html"), ExportFixtures.OPTIONS);
        Document doc = Jsoup.parse(html);
        Element memo = doc.getElementById("document-memo");
        assertTrue(memo.text().contains("Overall: <script>alert(1)</script> & more"), memo.text());
        assertEquals(1, memo.select("br").size(), "line breaks stay");
        assertTrue(doc.select("script").isEmpty(), "escaped, never markup");
        assertFalse(html.contains("<script>alert"));
        assertTrue(doc.selectFirst("header").getElementById("document-memo") != null, "at the top");
        var sections = doc.select("section.report-section");
        assertEquals("Section note *bold?*", sections.get(1).selectFirst("p.section-memo").ownText());
        assertTrue(sections.get(0).select("p.section-memo").isEmpty());
        assertTrue(sections.get(2).select("p.section-memo").isEmpty());
    }

    @Test
    void markdownShowsTheMemosEscaped() throws Exception {
        String md = ExportFixtures.export(withMemos(), ExportFixtures.format("md"), ExportFixtures.OPTIONS);
        int memo = md.indexOf("**Memo**: Overall: &lt;script&gt;");
        assertTrue(memo > 0 && memo < md.indexOf("\n## "), "the document memo before the first heading:\n" + md);
        assertTrue(md.contains("& more  \nsecond line") || md.contains("&amp; more  \nsecond line"), md);
        int heading = md.indexOf("\n## 一 背景");
        int note = md.indexOf("**Memo**: Section note \\*bold?\\*");
        assertTrue(heading > 0 && note > heading && note < md.indexOf("\n## ", heading + 3), md);
    }
}
