package glossa.core.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.DefaultCodebook;
import glossa.model.Section;
import glossa.model.SectionKind;

/**
 * The geometry of the report's bar chart. Labels take the first 300 px; a row's bar starts there and each type's
 * segment is as long as its count's share of the largest row total over 400 px, rounded, but at least 3 px so a
 * single annotation stays visible. A segment's count is written centred on it when the segment is at least 14 px
 * wide, and the row's total 4 px after its bar. Rows are 20 px apart with 10 px more before each chapter; a label's
 * baseline is 11 px below its row's top; points are indented 14 px per level and shortened, with "…", to 22 code
 * points less two per level.
 */
class SummaryChartGeometryTest {

    private static final String TEXT = ExportFixtures.TEXT;
    // With its number 22 code points: kept whole at the top level.
    private static final String CHAPTER_TITLE = "对策与回应对策与回应对策与回应对策与回应";
    // With its number 21 code points: one too many for a point (20), shortened to 19 and "…".
    private static final String POINT_TITLE = "开源模型生态开源模型生态开源模型生态开";

    // Exported again for each test (not in @BeforeAll): PIT attributes coverage to test methods only, and would not
    // run these tests against the chart's mutants otherwise.
    private Document doc;

    /**
     * The small article with 199 more claims in section 一 (200 claims and a measure: the largest row, 201) and 6
     * more counter-strategies on "开源模型" in section 二, whose point （一） holds everything of 二 (a claim and 7
     * counter-strategies).
     */
    @BeforeEach
    void export() throws Exception {
        AnnotatedArticle article = ExportFixtures.small();
        int b = TEXT.indexOf("技术出口管制", TEXT.indexOf("一、"));
        for (int i = 0; i < 199; i++) {
            ExportFixtures.add(article.document(), TEXT, DefaultCodebook.CLAIM, b, b + 6, "ana");
        }
        int o = TEXT.indexOf("开源模型");
        for (int i = 0; i < 6; i++) {
            ExportFixtures.add(article.document(), TEXT, DefaultCodebook.COUNTER_STRATEGY, o, o + 4, "ana");
        }
        Section two = article.document().getSections().get(2);
        two.setTitle(CHAPTER_TITLE);
        Section point = ExportFixtures.section("一", POINT_TITLE, o, two.getEnd(), SectionKind.BODY);
        point.setLevel(2);
        two.getChildren().add(point);
        doc = Jsoup.parse(ExportFixtures.export(article, ExportFixtures.format("html"), ExportFixtures.OPTIONS));
    }

    private Element row(int section, int index) {
        return doc.select("svg.chart g.group[data-section=" + section + "] g.row").get(index);
    }

    private static List<String> attr(Elements elements, String name) {
        return elements.eachAttr(name);
    }

    @Test
    void theChartIsAsTallAsItsRowsAndChapterGaps() {
        Element svg = doc.selectFirst("svg.chart");
        // 4 rows of 20, 3 chapters with a 10 px gap each, 10 px of margin; 300 + 400 + 50 wide.
        assertEquals("750", svg.attr("width"));
        assertEquals("120", svg.attr("height"));
        assertEquals("0 0 750 120", svg.attr("viewBox"));
        assertEquals("Annotations per section and type", svg.selectFirst("title").text());
    }

    @Test
    void rowsStepDownWithAGapBeforeEachChapter() {
        assertEquals(List.of("5", "35", "65", "85"), doc.select("svg.chart g.row").stream()
                .map(r -> Integer.toString(Integer.parseInt(r.selectFirst("text").attr("y")) - 11)).toList());
        assertEquals(List.of("1", "1", "1", "2"), attr(doc.select("svg.chart g.row"), "data-level"));
    }

    @Test
    void chaptersAreBoldAtTheLeftAndPointsIndentedAndShortened() {
        Element chapter = row(3, 0).selectFirst("text");
        assertEquals("8", chapter.attr("x"));
        assertEquals("bold", chapter.attr("font-weight"));
        assertEquals("二 " + CHAPTER_TITLE, chapter.text());
        assertEquals(22, chapter.text().codePointCount(0, chapter.text().length()));
        Element point = row(3, 1).selectFirst("text");
        assertEquals("22", point.attr("x"));
        assertFalse(point.hasAttr("font-weight"));
        assertEquals("96", point.attr("y"));
        String label = "一 " + POINT_TITLE;
        assertEquals(21, label.codePointCount(0, label.length()));
        assertEquals(label.substring(0, 19) + "…", point.text());
    }

    @Test
    void segmentsAreStackedInProportionToTheLargestRowAndNeverThinnerThanThree() {
        Elements first = row(2, 0).select("rect.bar");
        assertEquals(List.of("300", "698"), attr(first, "x"));
        assertEquals(List.of("398", "3"), attr(first, "width"), "200/201 and 1/201 of 400, the latter raised to 3");
        assertEquals(List.of("35", "35"), attr(first, "y"));
        assertEquals(List.of("14", "14"), attr(first, "height"));
        assertEquals(List.of("200", "1"), attr(first, "data-count"));
        Elements second = row(3, 0).select("rect.bar");
        assertEquals(List.of("300", "303"), attr(second, "x"));
        assertEquals(List.of("3", "14"), attr(second, "width"), "1/201 of 400 raised to 3; 7/201 of 400 rounds to 14");
        assertEquals(List.of("claim", "counter-strategy"), attr(second, "data-type"));
        assertEquals(List.of("Claim: 1", "Counter-strategy: 7"), second.select("title").eachText());
    }

    @Test
    void countsAreWrittenOnSegmentsOfAtLeastFourteenPixelsAndTotalsAfterTheBar() {
        Elements first = row(2, 0).select("text.count");
        assertEquals(List.of("200"), first.eachText(), "the 3 px segment has no label");
        assertEquals("499", first.get(0).attr("x"), "centred on 300..698");
        assertEquals("46", first.get(0).attr("y"));
        Element total = row(2, 0).selectFirst("text.total");
        assertEquals("201", total.text());
        assertEquals("705", total.attr("x"), "4 px after the bar's end at 701");
        assertEquals("46", total.attr("y"));

        Elements point = row(3, 1).select("text.count");
        assertEquals(List.of("7"), point.eachText(), "the 14 px segment is labelled");
        assertEquals("310", point.get(0).attr("x"));
        assertEquals("96", point.get(0).attr("y"));
        Element pointTotal = row(3, 1).selectFirst("text.total");
        assertEquals("8", pointTotal.text());
        assertEquals("321", pointTotal.attr("x"));
        assertEquals("96", pointTotal.attr("y"));
    }

    @Test
    void anEmptyRowHasNoBarAndNoTotal() {
        Element empty = row(1, 0);
        assertTrue(empty.select("rect").isEmpty());
        assertNull(empty.selectFirst("text.total"));
        assertEquals("16", empty.selectFirst("text").attr("y"));
    }
}
