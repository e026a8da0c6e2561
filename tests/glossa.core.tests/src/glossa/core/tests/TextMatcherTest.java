package glossa.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import glossa.search.CodingUnit;
import glossa.search.IndexTerms;
import glossa.search.SearchQuery;
import glossa.search.TextMatcher;

/** The matcher every search uses, the index's terms, and the units of coding from hits. */
class TextMatcherTest {

    private static List<String> found(SearchQuery query, String text) {
        return new TextMatcher(query).find(text).stream().map(m -> m[0] + ".." + m[1]).toList();
    }

    @Test
    void latinWordsMatchWholeAndIgnoreCase() {
        String text = "Export controls; exports and reexport. EXPORT-led, export_x.";
        assertEquals(List.of("0..6", "39..45", "51..57"), found(SearchQuery.plain("export"), text));
        assertEquals(List.of("0..6", "17..23", "31..37", "39..45", "51..57"),
                found(new SearchQuery("export", false, false, SearchQuery.DEFAULT_NEAR), text));
    }

    @Test
    void chineseMatchesSubstringsWithExactUtf16Offsets() {
        String text = "𠀀𠀁美国将华为列入实体清单，实体清单扩大。export管制";
        int first = text.indexOf("实体清单");
        assertEquals(List.of(first + ".." + (first + 4), (first + 5) + ".." + (first + 9)),
                found(SearchQuery.plain("实体清单"), text));
        // A Latin word beside Han characters is still a whole word.
        int export = text.indexOf("export");
        assertEquals(List.of(export + ".." + (export + 6)), found(SearchQuery.plain("Export"), text));
    }

    @Test
    void phrasesSpanAnyWhiteSpace() {
        String text = "new export\n  controls, not export-controls";
        assertEquals(List.of("4..21"), found(SearchQuery.plain("\"export controls\""), text));
    }

    @Test
    void severalWordsMustBeNear() {
        String text = "Chips are scarce. Export rules tighten on chips. " + "x".repeat(100) + " export";
        SearchQuery near = new SearchQuery("chips export", false, true, 40);
        assertEquals(List.of("0..24"), found(near, text));
        assertEquals(List.of(), found(new SearchQuery("chips export", false, true, 10), "chips " + "y ".repeat(20) + "export"));
    }

    /**
     * A term without cased letters is matched without the case-insensitive flags (faster); the hits must be those of
     * the case-insensitive pattern. Random text mixes Han, digits, punctuation and characters whose case mappings
     * lead elsewhere (Kelvin sign, dotless and dotted i, long s, Greek sigmas, titlecase dz, Deseret).
     */
    @Test
    void termsWithoutCaseMatchAsTheCaseInsensitivePatternDoes() {
        String alphabet = "政策芯片管制年0123456789，。-_ Kk\u212A\u0131\u0130iI\u017FsS\u03C3\u03C2\u03A3"
                + "\uD801\uDC00\uD801\uDC28\u01C5\u01C6\u01C4";
        List<String> terms = List.of("政策", "芯片管制", "2024年", "，。", "政k", "\u017F", "\u03C2", "\u212A", "\u01C5",
                "\uD801\uDC28", "s", "\u0131");
        int[] points = alphabet.codePoints().toArray();
        java.util.Random random = new java.util.Random(19);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            if (random.nextInt(20) == 0) {
                text.append(terms.get(random.nextInt(terms.size())));
            } else {
                text.appendCodePoint(points[random.nextInt(points.length)]);
            }
        }
        for (String term : terms) {
            java.util.regex.Pattern insensitive = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(term),
                    java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);
            List<String> expected = new java.util.ArrayList<>();
            java.util.regex.Matcher m = insensitive.matcher(text);
            while (m.find()) {
                expected.add(m.start() + ".." + m.end());
            }
            assertTrue(!expected.isEmpty(), term);
            assertEquals(expected, found(new SearchQuery(term, false, false, SearchQuery.DEFAULT_NEAR),
                    text.toString()), term);
        }
        assertEquals(0, SearchQuery.plain("政策 2024年").patterns().get(0).flags(), "no case flags for Han");
        assertTrue(SearchQuery.plain("\u212A").patterns().get(0).flags() != 0, "the Kelvin sign folds to k");
    }

    @Test
    void regexIsTakenAsTyped() {
        String text = "2023年以来，2024年又有变化";
        assertEquals(List.of("0..5", "8..13"), found(SearchQuery.regex("\\d{4}年"), text));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> new TextMatcher(SearchQuery.regex("(unclosed")));
        assertTrue(bad.getMessage().contains("regular expression"), bad.getMessage());
    }

    @Test
    void indexTermsCoverEveryPlainMatch() {
        Set<String> text = IndexTerms.of("The U.S. 实体清单 EXPORT controls");
        assertTrue(text.containsAll(IndexTerms.required(SearchQuery.plain("实体清单"))));
        assertTrue(text.containsAll(IndexTerms.required(SearchQuery.plain("export Controls"))));
        assertTrue(text.containsAll(IndexTerms.required(SearchQuery.plain("u.s."))));
        assertTrue(IndexTerms.required(SearchQuery.plain("实体清单")).containsAll(Set.of("实体", "体清", "清单")));
        // Without whole words an edge word may be a part of a longer word: it cannot choose articles.
        assertEquals(Set.of(), IndexTerms.required(new SearchQuery("expo", false, false, 80)));
        assertEquals(Set.of(), IndexTerms.required(SearchQuery.regex("ex.*")));
    }

    @Test
    void clausesAndSentences() {
        String text = "美国收紧出口管制，企业转向开源。价格上涨 3.5 倍! Next one.\n新的一行";
        int hit = text.indexOf("出口管制");
        int[] clause = CodingUnit.CLAUSE.span(text, hit, hit + 4);
        assertEquals("美国收紧出口管制，", text.substring(clause[0], clause[1]));
        int[] sentence = CodingUnit.SENTENCE.span(text, hit, hit + 4);
        assertEquals("美国收紧出口管制，企业转向开源。", text.substring(sentence[0], sentence[1]));
        int price = text.indexOf("3.5");
        int[] ascii = CodingUnit.SENTENCE.span(text, price, price + 3);
        assertEquals("价格上涨 3.5 倍!", text.substring(ascii[0], ascii[1]));
        int line = text.indexOf("新的");
        int[] last = CodingUnit.CLAUSE.span(text, line, line + 2);
        assertEquals("新的一行", text.substring(last[0], last[1]));
        int[] hitOnly = CodingUnit.HIT.span(text, hit, hit + 4);
        assertEquals("出口管制", text.substring(hitOnly[0], hitOnly[1]));
    }
}
