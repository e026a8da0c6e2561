package glossa.core.tests.export;

import static glossa.core.tests.export.PdfView.BOTTOM;
import static glossa.core.tests.export.PdfView.EPS;
import static glossa.core.tests.export.PdfView.LEFT;
import static glossa.core.tests.export.PdfView.RIGHT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import glossa.core.AnnotatedArticle;
import glossa.core.codebook.DefaultCodebook;
import glossa.core.tests.export.PdfView.Glyph;
import glossa.core.tests.export.PdfView.Line;
import glossa.core.tests.export.PdfView.Rect;
import glossa.core.text.ArticleText;
import glossa.model.Document;
import glossa.model.GlossaFactory;
import glossa.model.Section;
import glossa.model.SectionKind;

/**
 * The summary on the PDF report's first page as a reader sees it: a table with a row per chapter (bold, shaded) and
 * its points (indented) beneath, the counts per type right-aligned in their columns, a row for what lies outside any
 * section and a total row adding up the chapters; then a chart with one stacked bar per row whose segments are as
 * long as their counts (in the type colours, the count written inside when it fits, the row total after the bar).
 */
class PdfSummaryTest {

    static final String LONG_TITLE = "一个非常长的章节标题用来检验表格和图表中的标签会被截短并以省略号结尾而不会越过数字列或者条形图的起点位置";
    static final String[] TYPES = { DefaultCodebook.CLAIM, DefaultCodebook.POLICY_MEASURE,
            DefaultCodebook.COUNTER_STRATEGY };
    /** The table as it should read: label, claims, measures, counter-strategies, total. */
    static final List<List<String>> TABLE = List.of(
            List.of("Section", "Claim", "Policy measure", "Counter-strategy", "Total"),
            List.of("一 背景", "3", "2", "0", "5"),
            List.of("1. 起因", "2", "0", "0", "2"),
            List.of("2. 经过", "1", "2", "0", "3"),
            List.of("二 空白", "0", "0", "0", "0"),
            List.of("三 " + LONG_TITLE, "1", "0", "6", "7"),
            List.of("Outside any section", "0", "1", "0", "1"),
            List.of("Total", "4", "3", "6", "13"));

    static PdfView view;
    static List<Line> table;
    static List<Line> chart;
    static Map<String, Integer> colors = new TreeMap<>();

    // Before each test, not once per class: PIT credits what a @BeforeAll runs to the first test only, and would
    // then try a mutant of the layout code on that test alone.
    @BeforeEach
    void export() throws Exception {
        String outside = "导言在任何章节之外。\n";
        String one = "一、背景\n";
        String cause = "1. 起因\n起因的文字甲乙丙丁戊己庚辛。\n";
        String course = "2. 经过\n经过的文字子丑寅卯辰巳午未。\n";
        String two = "二、空白\n这一章没有任何标注。\n";
        String three = "三、" + LONG_TITLE + "\n第三章的文字申酉戌亥一二三四五六七八。\n";
        String text = outside + one + cause + course + two + three;
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setTitle("汇总 summary");
        document.setCodebook(DefaultCodebook.create());
        int a = outside.length();
        int b = a + one.length();
        int c = b + cause.length();
        int d = c + course.length();
        int e = d + two.length();
        Section first = ExportFixtures.section("一", "背景", a, d, SectionKind.BODY);
        Section sub1 = ExportFixtures.section("1.", "起因", b, c, SectionKind.BODY);
        Section sub2 = ExportFixtures.section("2.", "经过", c, d, SectionKind.BODY);
        sub1.setLevel(2);
        sub2.setLevel(2);
        first.getChildren().add(sub1);
        first.getChildren().add(sub2);
        document.getSections().add(first);
        document.getSections().add(ExportFixtures.section("二", "空白", d, e, SectionKind.BODY));
        document.getSections().add(ExportFixtures.section("三", LONG_TITLE, e, text.length(), SectionKind.BODY));
        add(document, text, 1, DefaultCodebook.POLICY_MEASURE, "导言");
        add(document, text, 2, DefaultCodebook.CLAIM, "起因的");
        add(document, text, 1, DefaultCodebook.CLAIM, "经过的");
        add(document, text, 2, DefaultCodebook.POLICY_MEASURE, "子丑");
        add(document, text, 1, DefaultCodebook.CLAIM, "第三章");
        add(document, text, 6, DefaultCodebook.COUNTER_STRATEGY, "申酉");
        AnnotatedArticle article = new AnnotatedArticle(Path.of("summary.zh.txt"), ArticleText.of(text), document);
        view = PdfArticles.view(article);
        // The summary fits the first page: the table in 8.5 pt, the chart's labels in 8 pt.
        table = view.lines(g -> g.page() == 0 && g.size() == 8.5f);
        chart = view.lines(g -> g.page() == 0 && g.size() == 8f && g.y() > BOTTOM);
        for (var type : glossa.core.codebook.Codebooks.allTypes(document.getCodebook())) {
            colors.put(type.getId(), Integer.parseInt(type.getColor().substring(1), 16));
        }
    }

    /** {@code times} annotations of {@code type} over {@code phrase}, each one character shorter than the last. */
    private static void add(Document document, String text, int times, String type, String phrase) {
        int at = text.indexOf(phrase);
        for (int i = 0; i < times; i++) {
            ExportFixtures.add(document, text, type, at, at + phrase.length() + (times - i), "ana");
        }
    }

    /** A line's cells: runs of glyphs with no gap between them. */
    static List<List<Glyph>> cells(Line line) {
        List<List<Glyph>> cells = new ArrayList<>();
        Glyph previous = null;
        for (Glyph g : line.glyphs()) {
            if (previous == null || g.x() - previous.right() > 1) {
                cells.add(new ArrayList<>());
            }
            cells.get(cells.size() - 1).add(g);
            previous = g;
        }
        return cells;
    }

    static String text(List<Glyph> glyphs) {
        StringBuilder sb = new StringBuilder();
        glyphs.forEach(g -> sb.append(g.text()));
        return sb.toString();
    }

    @Test
    void theTableReadsRowByRowWithAChapterTotalAndTheOutsideRow() {
        assertEquals(TABLE.size(), table.size(), "rows");
        for (int r = 0; r < TABLE.size(); r++) {
            List<String> cells = new ArrayList<>();
            cells(table.get(r)).forEach(c -> cells.add(text(c)));
            List<String> expected = TABLE.get(r);
            if (r == 0) {
                // Type names longer than their column are shortened with … (the number column is narrow).
                for (int c = 1; c < cells.size(); c++) {
                    String name = expected.get(c);
                    String shown = cells.get(c);
                    assertTrue(shown.equals(name) || shown.endsWith("…") && shown.length() >= 4
                            && name.startsWith(shown.substring(0, shown.length() - 1).strip()), shown + " for " + name);
                    cells.set(c, name);
                }
                assertEquals("Claim", text(cells(table.get(0)).get(1)), "a short name is not shortened");
                assertTrue(text(cells(table.get(0)).get(3)).endsWith("…"), "a long one is");
            }
            if (expected.get(0).equals("三 " + LONG_TITLE)) {
                assertTrue(cells.get(0).endsWith("…") && LONG_TITLE.startsWith(cells.get(0).substring(2,
                        cells.get(0).length() - 1)) && cells.get(0).length() > 10, "shortened with …: " + cells.get(0));
                cells.set(0, expected.get(0));
            }
            assertEquals(expected, cells, "row " + r);
        }
    }

    @Test
    void countsAreRightAlignedInTheirColumnsAndLabelsStayLeftOfThem() {
        List<List<List<Glyph>>> rows = new ArrayList<>();
        table.forEach(l -> rows.add(cells(l)));
        for (int column = 1; column <= 4; column++) {
            float right = rows.get(1).get(column).get(rows.get(1).get(column).size() - 1).right();
            float left = Float.MAX_VALUE;
            for (var row : rows) {
                List<Glyph> cell = row.get(column);
                assertTrue(Math.abs(cell.get(cell.size() - 1).right() - right) < 0.01f, "column " + column
                        + " right-aligned: " + text(cell));
                left = Math.min(left, cell.get(0).x());
            }
            float columnLeft = left;
            rows.forEach(row -> assertTrue(row.get(0).get(row.get(0).size() - 1).right() < columnLeft,
                    "label left of the numbers: " + text(row.get(0))));
        }
        assertTrue(rows.get(1).get(4).get(0).right() <= RIGHT, "the total column ends inside the margin");
    }

    @Test
    void chaptersAreBoldAndShadedTheirPointsIndentedBeneath() {
        Line chapter = table.get(1);
        Line point = table.get(2);
        assertTrue(chapter.glyphs().stream().allMatch(Glyph::bold), "chapter row bold");
        assertTrue(point.glyphs().stream().noneMatch(Glyph::bold), "point row regular");
        assertTrue(table.get(0).glyphs().stream().allMatch(Glyph::bold), "header bold");
        assertTrue(table.get(table.size() - 1).glyphs().stream().allMatch(Glyph::bold), "total bold");
        assertTrue(point.left() > chapter.left() + 6, "indented: " + point.left() + " vs " + chapter.left());
        assertTrue(chapter.left() > LEFT, "a little padding inside the table");
        for (int r = 0; r < table.size(); r++) {
            Line row = table.get(r);
            List<Rect> shades = view.rects(s -> s.page() == 0 && s.y() < row.y() && s.top() > row.y() + 5
                    && PdfView.near(s.x(), LEFT) && PdfView.near(s.right(), RIGHT));
            boolean shaded = r != 2 && r != 3;
            assertEquals(shaded ? 1 : 0, shades.size(), "row " + r + " shaded: " + shades);
            if (shaded) {
                int rgb = shades.get(0).rgb() & 0xFFFFFF;
                assertEquals(r == 0 || r == table.size() - 1 ? 0xEEEEEE : 0xF7F7F7, rgb, "row " + r);
            }
            // A rule under each row across the table.
            assertTrue(view.strokes.stream().anyMatch(s -> s.page() == 0 && s.y1() == s.y2() && s.y1() < row.y()
                    && s.y1() > row.y() - 6 && PdfView.near(s.x1(), LEFT) && PdfView.near(s.x2(), RIGHT)
                    && s.width() < 1), "rule under row " + r);
        }
    }

    @Test
    void theHeaderShowsEachTypesColourBeforeItsName() {
        List<List<Glyph>> header = cells(table.get(0));
        for (int t = 0; t < TYPES.length; t++) {
            List<Glyph> name = header.get(t + 1);
            int rgb = colors.get(TYPES[t]);
            List<Rect> swatches = view.rects(r -> r.page() == 0 && (r.rgb() & 0xFFFFFF) == rgb && r.w() < 8
                    && r.y() < name.get(0).y() + 7 && r.top() > name.get(0).y());
            assertEquals(1, swatches.size(), "one swatch for " + text(name));
            Rect swatch = swatches.get(0);
            assertTrue(swatch.right() < name.get(0).x() && swatch.right() > name.get(0).x() - 6,
                    "just before the name: " + swatch);
        }
    }

    /** The chart's bars (10 pt high, in type colours), grouped by the row they stand on, top row first. */
    static List<List<Rect>> bars() {
        TreeMap<Float, List<Rect>> rows = new TreeMap<>(Comparator.reverseOrder());
        for (Rect r : view.rects(r -> r.page() == 0 && Math.abs(r.h() - 10) < EPS
                && colors.containsValue(r.rgb() & 0xFFFFFF))) {
            rows.computeIfAbsent(r.y(), k -> new ArrayList<>()).add(r);
        }
        rows.values().forEach(l -> l.sort(Comparator.comparing(Rect::x)));
        return new ArrayList<>(rows.values());
    }

    @Test
    void chartBarsAreStackedSegmentsAsLongAsTheirCounts() {
        // Rows with annotations: 一 (3, 2, 0), 1. (2, 0, 0), 2. (1, 2, 0), 三 (1, 0, 6); 二 has none and no bar.
        int[][] counts = { { 3, 2, 0 }, { 2, 0, 0 }, { 1, 2, 0 }, { 1, 0, 6 } };
        List<List<Rect>> bars = bars();
        assertEquals(counts.length, bars.size(), "one bar per row with annotations");
        float unit = bars.get(0).get(0).w() / 3; // the width of one annotation
        float start = bars.get(0).get(0).x();
        for (int r = 0; r < counts.length; r++) {
            List<Rect> segments = bars.get(r);
            int s = 0;
            float x = start;
            for (int t = 0; t < TYPES.length; t++) {
                if (counts[r][t] == 0) {
                    continue;
                }
                Rect segment = segments.get(s++);
                assertEquals(colors.get(TYPES[t]), segment.rgb() & 0xFFFFFF, "row " + r + " type " + t);
                assertTrue(Math.abs(segment.w() - counts[r][t] * unit) < 0.01f, "row " + r + " type " + t + ": "
                        + segment.w() + " for " + counts[r][t]);
                assertTrue(PdfView.near(segment.x(), x), "segments follow each other from the same start");
                x = segment.right();
            }
            assertEquals(s, segments.size(), "no segment for a zero count in row " + r);
        }
        // The longest bar (7 annotations) takes most of the width right of the labels, and stays inside the margin.
        float longest = bars.get(3).get(bars.get(3).size() - 1).right();
        assertTrue(longest <= RIGHT - 20 && longest > RIGHT - 60, "longest bar ends at " + longest);
        assertTrue(start > LEFT + 150, "bars start right of the labels: " + start);
    }

    @Test
    void chartCountsSitInsideTheirSegmentsAndTotalsAfterTheBar() {
        List<List<Rect>> bars = bars();
        List<Glyph> counts = view.glyphs(g -> g.page() == 0 && g.size() == 6.5f);
        for (List<Rect> row : bars) {
            for (Rect segment : row) {
                List<Glyph> inside = counts.stream().filter(g -> g.x() > segment.x() && g.right() < segment.right()
                        && g.y() > segment.y() && g.y() < segment.top()).toList();
                assertEquals(1, inside.size(), "one count centred in " + segment);
                Glyph count = inside.get(0);
                float centre = (count.x() + count.right()) / 2;
                assertTrue(Math.abs(centre - (segment.x() + segment.right()) / 2) < 0.01f, "centred: " + count);
            }
        }
        List<Glyph> totals = view.glyphs(g -> g.page() == 0 && g.size() == 7.5f);
        List<String> drawn = new ArrayList<>();
        totals.forEach(g -> drawn.add(g.text()));
        assertEquals(List.of("5", "2", "3", "7"), drawn, "a total after each non-empty bar, none for an empty row");
        for (int r = 0; r < bars.size(); r++) {
            Rect last = bars.get(r).get(bars.get(r).size() - 1);
            Glyph total = totals.get(r);
            assertTrue(total.x() > last.right() && total.x() < last.right() + 6, "right after the bar: " + total);
            assertTrue(total.y() > last.y() && total.y() < last.top(), "on the bar's line");
        }
    }

    @Test
    void chartLabelsAreTheRowsShortenedToEndBeforeTheBars() {
        List<String> labels = new ArrayList<>();
        chart.forEach(l -> labels.add(l.text()));
        assertEquals(5, labels.size(), labels.toString()); // no row for what lies outside the sections
        assertEquals(List.of("一 背景", "1. 起因", "2. 经过", "二 空白"), labels.subList(0, 4));
        assertTrue(labels.get(4).startsWith("三 一个非常长") && labels.get(4).endsWith("…"), labels.get(4));
        float start = bars().get(0).get(0).x();
        assertTrue(chart.get(4).right() < start, "the shortened label ends before the bars");
        assertTrue(chart.get(1).left() > chart.get(0).left() + 6, "points indented");
        assertTrue(chart.get(0).glyphs().stream().allMatch(Glyph::bold), "chapters bold");
        assertFalse(chart.get(1).glyphs().stream().anyMatch(Glyph::bold), "points regular");
        for (int r = 0; r < 4; r++) {
            // Each label on its bar's line, chapters a little further apart than their points.
            assertTrue(chart.get(r).y() > chart.get(r + 1).y());
        }
        float pointGap = chart.get(1).y() - chart.get(2).y();
        float chapterGap = chart.get(2).y() - chart.get(3).y();
        assertTrue(chapterGap > pointGap + 2, "a gap before each chapter: " + chapterGap + " vs " + pointGap);
    }

    @Test
    void theTotalColumnHasNoSwatchAndWhatLiesOutsideTheSectionsGetsItsOwnPageAndBookmark() throws Exception {
        List<List<Glyph>> header = cells(table.get(0));
        List<Glyph> total = header.get(header.size() - 1);
        assertTrue(view.rects(r -> r.page() == 0 && r.w() < 8 && r.right() < total.get(0).x()
                && r.right() > total.get(0).x() - 12 && r.y() < total.get(0).y() + 7 && r.top() > total.get(0).y())
                .isEmpty(), "no swatch before Total");
        int last = view.pages - 1;
        assertEquals("Outside any section", view.lines(g -> g.page() == last && g.size() == 14f).get(0).text());
        assertTrue(view.text(g -> g.page() == last).contains("13  Policy measure"), "the last note, numbered last");
    }

    @Test
    void anArticleWithoutSectionsHasATotalButNoChart() throws Exception {
        AnnotatedArticle article = new AnnotatedArticle(Path.of("plain.zh.txt"), ArticleText.of("没有章节的文字。"),
                ExportFixtures.small().document());
        article.document().getSections().clear();
        article.document().getAnnotations().clear();
        article.document().setTitle("无章节");
        PdfView plain = PdfArticles.view(article);
        List<String> rows = plain.lines(g -> g.page() == 0 && g.size() == 8.5f).stream().map(Line::text).toList();
        assertEquals(2, rows.size(), "header and total: " + rows);
        assertTrue(rows.get(1).startsWith("Total"), rows.toString());
        assertFalse(plain.text(g -> true).contains("Annotations per section"), "no chart");
    }

    @Test
    void aLongSummaryRunsOverPagesWithoutLosingOrCuttingARow() throws Exception {
        int chapters = 70;
        StringBuilder text = new StringBuilder();
        Document document = GlossaFactory.eINSTANCE.createDocument();
        document.setTitle("长汇总");
        document.setCodebook(DefaultCodebook.create());
        for (int c = 1; c <= chapters; c++) {
            int begin = text.length();
            text.append(c).append("、第").append(c).append("章\n正文").append(c).append("。\n");
            document.getSections().add(ExportFixtures.section(Integer.toString(c), "第" + c + "章", begin,
                    text.length(), SectionKind.BODY));
        }
        String all = text.toString();
        for (int c = 1; c <= chapters; c++) {
            int at = all.indexOf("正文" + c + "。");
            ExportFixtures.add(document, all, TYPES[c % 3], at, at + 2, "ana");
        }
        PdfView view = PdfView.of(PdfArticles.pdf(new AnnotatedArticle(Path.of("long.zh.txt"), ArticleText.of(all),
                document), ExportFixtures.OPTIONS));
        int firstChapter = view.glyphs(g -> g.size() == 14f).get(0).page();
        List<Line> rows = view.lines(g -> g.page() < firstChapter && g.size() == 8.5f);
        List<Line> labels = view.lines(g -> g.page() < firstChapter && g.size() == 8f && g.y() > BOTTOM);
        assertEquals(chapters + 2, rows.size(), "header, every chapter once, total");
        assertEquals(chapters, labels.size(), "a chart row per chapter");
        assertTrue(rows.get(rows.size() - 1).page() > rows.get(0).page(), "the table runs over a page");
        assertTrue(labels.get(labels.size() - 1).page() > labels.get(0).page(), "so does the chart");
        for (int c = 1; c <= chapters; c++) {
            assertTrue(rows.get(c).text().startsWith(c + " 第" + c + "章"), "row " + c + " in order: " + rows.get(c).text());
            assertTrue(labels.get(c - 1).text().equals(c + " 第" + c + "章"), "chart row " + c + ": " + labels.get(c - 1).text());
        }
        // Every row, its shading and its bar whole inside the margins of its page.
        view.rects(r -> r.page() < firstChapter).forEach(r -> assertTrue(r.y() >= BOTTOM - EPS
                && r.top() <= PdfView.TOP + EPS, "inside the margins: " + r));
        for (Line row : rows) {
            assertTrue(row.y() > BOTTOM && row.y() + 8.5f < PdfView.TOP, "row inside the margins: " + row.text());
        }
    }
}
