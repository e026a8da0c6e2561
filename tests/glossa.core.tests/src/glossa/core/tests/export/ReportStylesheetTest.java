package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.core.annotations.AnnotationFactory;
import glossa.model.AnnotationType;
import glossa.model.GlossaFactory;

/**
 * What the HTML report's stylesheet promises: Chinese fonts, the article's line breaks kept in the text and in the
 * quotes, entries without list bullets (they carry their own numbers) but with their type's colour, references
 * as small superscripts, a summary whose numbers line up and whose points are indented, a grey swatch for a type that
 * is not in the codebook; and the header facts that say which sections and levels the report holds.
 */
class ReportStylesheetTest {

    /** The report's top-level rules (outside {@code @media}), by selector: each selector's declarations merged. */
    private static Map<String, Map<String, String>> rules(Document doc) {
        Map<String, Map<String, String>> rules = new HashMap<>();
        for (String line : doc.selectFirst("head style").data().split("\n")) {
            if (line.startsWith("@")) {
                continue;
            }
            int start = 0;
            while (start < line.length()) {
                int open = line.indexOf('{', start);
                int close = line.indexOf('}', open);
                if (open < 0 || close < 0) {
                    break;
                }
                Map<String, String> declarations = new LinkedHashMap<>();
                for (String declaration : line.substring(open + 1, close).split(";")) {
                    int colon = declaration.indexOf(':');
                    if (colon > 0) {
                        declarations.put(declaration.substring(0, colon).strip(), declaration.substring(colon + 1).strip());
                    }
                }
                for (String selector : line.substring(start, open).split(",")) {
                    rules.computeIfAbsent(selector.strip(), s -> new LinkedHashMap<>()).putAll(declarations);
                }
                start = close + 1;
            }
        }
        return rules;
    }

    private static String value(Map<String, Map<String, String>> rules, String selector, String property) {
        Map<String, String> declarations = rules.get(selector);
        return declarations == null ? null : declarations.get(property);
    }

    private static Document html(AnnotatedArticle article) throws Exception {
        return Jsoup.parse(ExportFixtures.export(article, ExportFixtures.format("html"), ExportFixtures.OPTIONS));
    }

    @Test
    void theStylesheetKeepsTheTextReadable() throws Exception {
        Document doc = html(ExportFixtures.small());
        Map<String, Map<String, String>> rules = rules(doc);
        assertEquals("width=device-width, initial-scale=1", doc.selectFirst("meta[name=viewport]").attr("content"));
        assertEquals("Glossa", doc.selectFirst("meta[name=generator]").attr("content"));
        assertTrue(value(rules, "body", "font-family").contains("CJK SC"), "Chinese fonts: " + rules.get("body"));
        assertEquals("60em", value(rules, "body", "max-width"));
        assertTrue(value(rules, "h1", "font-family").startsWith("\"Noto Serif CJK SC\""));
        assertEquals(value(rules, "h1", "font-family"), value(rules, "h3", "font-family"));
        assertEquals("pre-wrap", value(rules, ".text", "white-space"), "the article's line breaks");
        assertEquals("pre-wrap", value(rules, "ol.entries blockquote", "white-space"), "a quote's line breaks");
        assertEquals("pre-wrap", value(rules, ".quotes blockquote", "white-space"));
        assertEquals("none", value(rules, "mark", "background"), "only the type's colour marks a highlight");
        assertEquals("super", value(rules, "a.ref", "vertical-align"));
        assertEquals("none", value(rules, "ol.entries", "list-style"), "entries carry their own numbers");
        assertEquals("4px solid #999", value(rules, "ol.entries li", "border-left"));
        assertEquals("inline-block", value(rules, ".entry .type::before", "display"), "the type's swatch");
        assertEquals("bold", value(rules, ".entry .num", "font-weight"));
        assertEquals("italic", value(rules, ".memo", "font-style"));
        assertEquals("#666", value(rules, ".muted", "color"));
        assertEquals("grid", value(rules, "dl.attrs", "display"));
        assertEquals("0", value(rules, "dl.attrs dd", "margin"));
        assertEquals("grid", value(rules, "dl.meta", "display"));
        assertEquals("bold", value(rules, "dl.meta dt", "font-weight"));
        assertEquals("0", value(rules, "dl.meta dd", "margin"));
        assertEquals("none", value(rules, "ul.legend", "list-style"));
        assertEquals("inline-block", value(rules, ".swatch", "display"));
        assertTrue(value(rules, "svg.chart text", "font-family").contains("CJK SC"));
        assertFalse(value(rules, "svg.chart text", "font-family").contains("\""), "inside an attribute-safe rule");
    }

    @Test
    void theSummaryTableLinesUpItsNumbersAndIndentsItsPoints() throws Exception {
        Map<String, Map<String, String>> rules = rules(html(ExportFixtures.small()));
        assertEquals("collapse", value(rules, "table.summary", "border-collapse"));
        assertEquals("right", value(rules, "table.summary td.n", "text-align"));
        assertEquals("tabular-nums", value(rules, "table.summary td.n", "font-variant-numeric"));
        assertEquals("#f3f3f3", value(rules, "table.summary tfoot", "background"));
        assertEquals("left", value(rules, "table.summary tbody th", "text-align"));
        assertEquals("bold", value(rules, "table.summary tr.lvl1 th", "font-weight"));
        assertEquals("1.8em", value(rules, "table.summary tr.lvl2 th", "padding-left"));
        assertEquals("3em", value(rules, "table.summary tr.lvl3 th", "padding-left"));
    }

    @Test
    void aTypeOutsideTheCodebookIsDrawnGrey() throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        assertFalse(rules(html(article)).containsKey(".t-1 .swatch"), "every type in the codebook");
        AnnotationType stray = GlossaFactory.eINSTANCE.createAnnotationType();
        stray.setId("stray");
        stray.setName("Stray");
        stray.setColor("#123456");
        article.document().getAnnotations().add(AnnotationFactory.create(ExportFixtures.TEXT, stray, 0, 2, "ana"));
        Map<String, Map<String, String>> rules = rules(html(article));
        String grey = value(rules, ".t-1 .swatch", "background");
        assertTrue(grey != null && !grey.equals("#123456"), rules.keySet().toString());
        assertEquals(grey, value(rules, "li.entry.t-1", "border-left-color"));
    }

    @Test
    void headerSaysWhichSectionsAndLevelsTheReportHolds() throws Exception {
        Document all = html(ExportFixtures.small());
        assertEquals("all", all.getElementById("meta-sections").text());
        assertEquals("all", all.getElementById("meta-levels").text());
        Document some = Jsoup.parse(ExportFixtures.export(ExportFixtures.small(), ExportFixtures.format("html"),
                ExportFixtures.OPTIONS.withSections(Set.of("二", "一")).withLevels(1)));
        assertEquals("一, 二", some.getElementById("meta-sections").text());
        assertEquals("chapters only", some.getElementById("meta-levels").text());
        Document two = Jsoup.parse(ExportFixtures.export(ExportFixtures.small(), ExportFixtures.format("html"),
                ExportFixtures.OPTIONS.withLevels(2)));
        assertEquals("2", two.getElementById("meta-levels").text());
    }
}
